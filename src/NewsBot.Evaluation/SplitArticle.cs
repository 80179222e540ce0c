using NewsBot.Core.Articles;
using NewsBot.Core.Passages;

namespace NewsBot.Evaluation;

/// <summary>An article with its passages, ready for <c>PassageIndex.Store</c>.</summary>
internal sealed record SplitArticle(Article Article, IReadOnlyList<Passage> Passages)
{
    /// <summary>
    /// One passage per paragraph (SQuAD: the gold unit is the paragraph). The article text is the paragraphs
    /// joined by blank lines, and each passage's offsets point exactly at its paragraph.
    /// </summary>
    public static SplitArticle FromParagraphs(string id, string title, IReadOnlyList<string> paragraphs, string? url = null, DateTimeOffset? published = null)
    {
        var text = string.Join("\n\n", paragraphs);
        var passages = new List<Passage>(paragraphs.Count);
        var start = 0;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var end = start + paragraphs[i].Length;
            passages.Add(new Passage(Passage.MakeId(id, i), id, i, start, end, text[start..end], title, url, published));
            start = end + 2;
        }
        return new SplitArticle(new Article(id, title, text, url, published), passages);
    }
}
