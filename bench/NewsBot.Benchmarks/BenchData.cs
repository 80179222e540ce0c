using System.Text;
using System.Text.Json;
using NewsBot.Core.Articles;

namespace NewsBot.Benchmarks;

/// <summary>
/// Real inputs for the micro-benchmarks, read from <c>../shared/datasets</c> beside the checkout: the BBC articles
/// and the RealTimeQA 2022 quiz questions. Nothing here is copied into the repository.
/// </summary>
internal static class BenchData
{
    private static readonly Lazy<string> DatasetsFolder = new(FindDatasets);

    public static IReadOnlyList<Article> BbcArticles()
    {
        var root = Path.Combine(DatasetsFolder.Value, "bbc_news_fulltext", "bbc");
        return [.. Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("README.TXT", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f =>
            {
                var text = Encoding.Latin1.GetString(File.ReadAllBytes(f)).Split('\n', 2);
                var id = $"{Path.GetFileName(Path.GetDirectoryName(f))}/{Path.GetFileNameWithoutExtension(f)}";
                return new Article(id, text[0].Trim(), text.Length > 1 ? text[1].Trim() : "");
            })];
    }

    public static IReadOnlyList<string> Questions()
    {
        var folder = Path.Combine(DatasetsFolder.Value, "realtimeqa", "past", "2022");
        return [.. Directory.EnumerateFiles(folder, "*_qa.jsonl").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("question_sentence").GetString() ?? "")
            .Where(q => q.Length > 0)];
    }

    /// <summary>Copy <paramref name="copy"/> of an article with every k-th word dropped (k = 3..12), as the scale corpus does.</summary>
    public static Article Copy(Article article, int copy)
    {
        if (copy == 0)
            return article;
        var k = 3 + (copy - 1) % 10;
        var words = article.Text.Split(' ');
        var kept = words.Where((_, i) => (i + (copy - 1) / 10) % k != k - 1);
        return article with { Id = $"{article.Id}~{copy}", Text = string.Join(' ', kept) };
    }

    private static string FindDatasets()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsBot.sln")))
            {
                var datasets = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "datasets"));
                return Directory.Exists(datasets) ? datasets : throw new DirectoryNotFoundException($"The benchmarks read {datasets}, which is absent.");
            }
        }
        throw new InvalidOperationException("NewsBot.sln not found above " + AppContext.BaseDirectory);
    }
}
