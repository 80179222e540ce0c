namespace NewsBot.Core.Articles;

/// <summary>
/// What one input held: its articles, and the records in it that could not become articles
/// (e.g. <c>line 7: malformed JSON</c>), so one bad record never loses the rest of the file.
/// </summary>
public sealed record ArticleReadResult(IReadOnlyList<Article> Articles, IReadOnlyList<string> RecordProblems)
{
    /// <summary>A single article and no problems.</summary>
    public static ArticleReadResult Of(Article article) => new([article], []);
}
