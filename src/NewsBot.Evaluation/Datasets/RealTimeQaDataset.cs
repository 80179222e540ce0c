using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NewsBot.Core.Articles;

namespace NewsBot.Evaluation.Datasets;

/// <summary>
/// The RealTimeQA 2022 retrieval set: the GCS search results (<c>realtimeqa_gcs_2022/past/2022/*_gcs.jsonl</c>)
/// deduplicated by URL, and the 2022 questions (<c>realtimeqa/past/2022/*_qa.jsonl</c>) whose gold article
/// (<c>*_gold.jsonl</c>, the article the quiz linked to) is in the pool.
/// </summary>
/// <remarks>
/// <see cref="RealTimeQaSetup.Reference"/> is the reference setup: the gold article is the search result
/// with the same URL (compared as <see cref="UrlKey"/>), whatever text the crawl got for it; 136 questions.
/// <see cref="RealTimeQaSetup.GoldText"/> instead puts the gold file's own text in (replacing the search result's,
/// often a cookie banner, or adding the article when the search missed it); 206 questions.
/// </remarks>
internal sealed record RealTimeQaDataset(
    IReadOnlyList<Article> Articles,
    IReadOnlyList<RealTimeQaQuestion> Questions,
    int SearchResults,
    int GoldArticlesAdded)
{
    public static RealTimeQaDataset Load(string gcsFolder, string questionsFolder, RealTimeQaSetup setup = RealTimeQaSetup.Reference)
    {
        // [1] Search results, first occurrence of each URL with text wins.
        var byUrl = new Dictionary<string, Article>(StringComparer.Ordinal);
        var searchResults = 0;
        foreach (var line in Files(gcsFolder, "*_gcs.jsonl").SelectMany(DatasetFile.Lines))
        {
            using var row = JsonDocument.Parse(line);
            foreach (var result in row.RootElement.GetProperty("search_result").EnumerateArray())
            {
                searchResults++;
                if (ReadArticle(result, title: null) is { } article)
                    byUrl.TryAdd(article.Url!, article);
            }
        }
        var byKey = byUrl.Values.ToLookup(a => UrlKey(a.Url!), StringComparer.Ordinal);

        // [2] Gold articles: found among the search results by URL, or (GoldText) taken from the gold file.
        var goldIds = new Dictionary<string, (string[] Ids, bool InSearch)>(StringComparer.Ordinal);
        var goldAdded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in Files(questionsFolder, "*_gold.jsonl").SelectMany(DatasetFile.Lines))
        {
            using var row = JsonDocument.Parse(line);
            var ids = new List<string>();
            var inSearch = false;
            foreach (var result in row.RootElement.GetProperty("search_result").EnumerateArray())
            {
                var url = result.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
                var found = byKey[UrlKey(url)].ToArray();
                inSearch |= found.Length > 0;
                ids.AddRange(found.Select(a => a.Id));
                if (setup == RealTimeQaSetup.GoldText && ReadArticle(result, found.FirstOrDefault()?.Title) is { } gold)
                {
                    var target = found.FirstOrDefault();
                    if (target is null)
                        goldAdded.Add(gold.Url!);
                    var stored = target is null ? gold : target with { Text = gold.Text, Published = target.Published ?? gold.Published };
                    byUrl[stored.Url!] = stored;
                    ids.Add(stored.Id);
                }
            }
            goldIds[row.RootElement.GetProperty("question_id").GetString()!] = ([.. ids.Distinct()], inSearch);
        }

        // [3] Questions whose gold article is in the pool.
        var questions = new List<RealTimeQaQuestion>();
        foreach (var line in Files(questionsFolder, "*_qa.jsonl").SelectMany(DatasetFile.Lines))
        {
            using var row = JsonDocument.Parse(line);
            var q = row.RootElement;
            if (!goldIds.TryGetValue(q.GetProperty("question_id").GetString()!, out var gold) || gold.Ids.Length == 0)
                continue;
            questions.Add(new RealTimeQaQuestion(
                q.GetProperty("question_id").GetString()!,
                q.GetProperty("question_sentence").GetString() ?? "",
                [.. q.GetProperty("choices").EnumerateArray().Select(c => c.GetString() ?? "")],
                int.Parse(q.GetProperty("answer")[0].GetString() ?? "0", System.Globalization.CultureInfo.InvariantCulture),
                gold.Ids,
                gold.InSearch));
        }
        return new RealTimeQaDataset([.. byUrl.Values], questions, searchResults, goldAdded.Count);
    }

    /// <summary>A stable article id for a URL.</summary>
    public static string IdOf(string url) =>
        "rtqa-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)))[..12];

    /// <summary>
    /// A URL compared loosely, as quiz links and search results spell the same page differently: no scheme, query
    /// or fragment, host without <c>www.</c>/<c>edition.</c>, path without a trailing <c>/</c> or <c>/index.html</c>, lower case.
    /// </summary>
    public static string UrlKey(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
            return url.Trim().ToLowerInvariant();
        var host = uri.Host.ToLowerInvariant();
        foreach (var prefix in (ReadOnlySpan<string>)["www.", "edition."])
            host = host.StartsWith(prefix, StringComparison.Ordinal) ? host[prefix.Length..] : host;
        var path = uri.AbsolutePath.TrimEnd('/');
        path = path.EndsWith("/index.html", StringComparison.OrdinalIgnoreCase) ? path[..^"/index.html".Length] : path;
        return (host + path).ToLowerInvariant();
    }

    // Only the weekly 2022 files count; the folder may be the dataset root or past/2022 itself.
    private static IEnumerable<string> Files(string folder, string pattern) =>
        Directory.EnumerateFiles(DatasetFile.RequireFolder(folder), pattern, SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f).StartsWith("2022", StringComparison.Ordinal)
                && !Path.GetFileName(f).Contains('-', StringComparison.Ordinal)
                && f.Replace('\\', '/').Contains("/past/2022/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static Article? ReadArticle(JsonElement result, string? title)
    {
        var url = result.TryGetProperty("url", out var u) ? u.GetString() : null;
        var text = result.TryGetProperty("text", out var t) ? t.GetString()?.Trim() : null;
        if (string.IsNullOrWhiteSpace(url) || string.IsNullOrWhiteSpace(text))
            return null;
        var headline = result.TryGetProperty("title", out var h) && h.GetString() is { Length: > 0 } given ? given : title ?? url;
        return new Article(IdOf(url), headline, text, url, Date(result), Source(url));
    }

    private static DateTimeOffset? Date(JsonElement result) =>
        result.TryGetProperty("publish_date", out var d) && d.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParseExact(d.GetString(), "yyyy/MM/dd", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;

    private static string? Source(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host.Replace("www.", "", StringComparison.Ordinal) : null;
}
