namespace NewsBot.Core.Passages;

/// <summary>
/// A citable slice of an article: whole sentences, roughly 60–180 words, carrying its provenance.
/// <see cref="Text"/> is exactly <c>article.Text[Start..End]</c>.
/// </summary>
/// <param name="Id">Passage id, <c>{articleId}#{ordinal}</c>.</param>
public sealed record Passage(
    string Id,
    string ArticleId,
    int Ordinal,
    int Start,
    int End,
    string Text,
    string Title,
    string? Url,
    DateTimeOffset? Published)
{
    /// <summary>The passage id for an article and ordinal.</summary>
    public static string MakeId(string articleId, int ordinal) => $"{articleId}#{ordinal}";
}
