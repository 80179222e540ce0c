using System.Text.Json;
using NewsBot.Core.Articles;

namespace NewsBot.Evaluation;

/// <summary>
/// Writes articles as a JSON Lines file the ingester reads (<c>{id, title, text, url, published, source}</c> per
/// line), so ingesting the folder gives each article back its id, link and date.
/// </summary>
internal static class ArticleFiles
{
    private const int ArticlesPerFile = 1_000;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Write(string folder, IEnumerable<Article> articles)
    {
        Directory.CreateDirectory(folder);
        foreach (var (chunk, n) in articles.Chunk(ArticlesPerFile).Select((chunk, n) => (chunk, n)))
        {
            using var writer = new StreamWriter(Path.Combine(folder, $"articles-{n:000}.jsonl"));
            foreach (var a in chunk)
            {
                writer.WriteLine(JsonSerializer.Serialize(new
                {
                    id = a.Id,
                    title = a.Title,
                    text = a.Text,
                    url = a.Url,
                    published = a.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    source = a.Source,
                }, Json));
            }
        }
        return folder;
    }
}
