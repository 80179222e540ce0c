using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NewsBot.Core.Articles;

namespace NewsBot.Host.Evaluation.Datasets;

/// <summary>
/// The RealTimeQA 2022 retrieval set: the GCS search results (<c>realtimeqa_gcs_2022/past/2022/*_gcs.jsonl</c>)
/// deduplicated by URL, with the gold articles (<c>realtimeqa/past/2022/*_gold.jsonl</c>) merged in, and the
/// 2022 questions (<c>*_qa.jsonl</c>) whose gold article has text.
/// </summary>
internal sealed record RealTimeQaDataset(
    IReadOnlyList<Article> Articles,
    IReadOnlyList<RealTimeQaQuestion> Questions,
    int SearchResults,
    int GoldArticlesAdded)
{
    public static RealTimeQaDataset Load(string gcsFolder, string questionsFolder)
    {
        // [1] Search results, first occurrence of each URL with text wins.
        var byUrl = new Dictionary<string, Article>(StringComparer.Ordinal);
        var searchResults = 0;
        foreach (var file in Files(gcsFolder, "*_gcs.jsonl"))
        {
            foreach (var line in DatasetFile.Lines(file))
            {
                using var row = JsonDocument.Parse(line);
                foreach (var result in row.RootElement.GetProperty("search_result").EnumerateArray())
                {
                    searchResults++;
                    if (ReadArticle(result, title: null) is { } article && !byUrl.ContainsKey(article.Url!))
                        byUrl[article.Url!] = article;
                }
            }
        }
        var searchUrls = byUrl.Keys.ToHashSet(StringComparer.Ordinal);

        // [2] Gold articles: the quiz's own link. Its text replaces a search result's (often a cookie banner).
        var goldUrls = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var goldAdded = 0;
        foreach (var file in Files(questionsFolder, "*_gold.jsonl"))
        {
            foreach (var line in DatasetFile.Lines(file))
            {
                using var row = JsonDocument.Parse(line);
                var urls = new List<string>();
                foreach (var result in row.RootElement.GetProperty("search_result").EnumerateArray())
                {
                    var known = result.TryGetProperty("url", out var u) ? byUrl.GetValueOrDefault(u.GetString() ?? "") : null;
                    if (ReadArticle(result, known?.Title) is not { } gold)
                        continue;
                    goldAdded += known is null ? 1 : 0;
                    byUrl[gold.Url!] = gold with { Published = gold.Published ?? known?.Published };
                    urls.Add(gold.Url!);
                }
                goldUrls[row.RootElement.GetProperty("question_id").GetString()!] = [.. urls];
            }
        }

        // [3] Questions with a gold article that has text.
        var questions = new List<RealTimeQaQuestion>();
        foreach (var file in Files(questionsFolder, "*_qa.jsonl"))
        {
            foreach (var line in DatasetFile.Lines(file))
            {
                using var row = JsonDocument.Parse(line);
                var q = row.RootElement;
                var id = q.GetProperty("question_id").GetString()!;
                if (!goldUrls.TryGetValue(id, out var urls) || urls.Length == 0)
                    continue;
                questions.Add(new RealTimeQaQuestion(
                    id,
                    q.GetProperty("question_sentence").GetString() ?? "",
                    [.. q.GetProperty("choices").EnumerateArray().Select(c => c.GetString() ?? "")],
                    int.Parse(q.GetProperty("answer")[0].GetString() ?? "0", System.Globalization.CultureInfo.InvariantCulture),
                    [.. urls.Select(IdOf)],
                    urls.Any(searchUrls.Contains)));
            }
        }
        return new RealTimeQaDataset([.. byUrl.Values], questions, searchResults, goldAdded);
    }

    /// <summary>A stable article id for a URL.</summary>
    public static string IdOf(string url) =>
        "rtqa-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)))[..12];

    // Only the qa/gold files of 2022 count; the folder may be the dataset root or past/2022 itself.
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
