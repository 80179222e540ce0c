using NewsBot.Core.Index;
using NewsBot.Core.Passages;
using NewsBot.Testing;
using NewsBot.Core.Search;

namespace NewsBot.Core.Tests.ChatModels;

/// <summary>
/// Passages cut from the sample articles by paragraph (offsets kept, so <c>Text == article[Start..End]</c>), for tests that
/// exercise the model writer without depending on retrieval.
/// </summary>
public static class SampleHits
{
    public const string NewDelhiArticle = "000_6a9e5e658e7f90a5";
    public const string MumbaiArticle = "004_97ff55d69b32dccd";

    private static readonly Lazy<IReadOnlyList<Passage>> All = new(Load);

    public static string ArticleText(string articleId) =>
        File.ReadAllText(Path.Combine(RepoPaths.SampleArticles, articleId + ".txt"));

    /// <summary>One hit per phrase: the paragraph containing it, scored best-first in the given order.</summary>
    public static IReadOnlyList<SearchHit> Containing(params string[] phrases) =>
        [.. phrases.Select((phrase, i) => new SearchHit(
            All.Value.First(p => p.Text.Contains(phrase, StringComparison.Ordinal)), 10.0 - i))];

    /// <summary>The meeting passages of both articles: New Delhi first, then the Mumbai report.</summary>
    public static IReadOnlyList<SearchHit> Meeting() =>
        Containing("met briefly on Thursday in New Delhi", "G20 meeting in Mumbai");

    private static IReadOnlyList<Passage> Load()
    {
        var passages = new List<Passage>();
        foreach (var file in Directory.GetFiles(RepoPaths.SampleArticles, "*.txt").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(file);
            var text = File.ReadAllText(file);
            var title = text.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0].Trim();
            var start = 0;
            foreach (var paragraph in text.Split("\n\n"))
            {
                var at = text.IndexOf(paragraph, start, StringComparison.Ordinal);
                var trimmed = paragraph.Trim();
                var begin = text.IndexOf(trimmed, at, StringComparison.Ordinal);
                if (trimmed.Length > 0)
                {
                    var ordinal = passages.Count(p => p.ArticleId == id);
                    passages.Add(new Passage(Passage.MakeId(id, ordinal), id, ordinal, begin, begin + trimmed.Length, trimmed, title, null, null));
                }
                start = at + paragraph.Length;
            }
        }
        return passages;
    }
}
