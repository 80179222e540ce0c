namespace NewsBot.Core.Articles;

/// <summary>
/// The fields a structured source (JSON record, front matter, feed entry) may give for one article;
/// anything missing falls back: id to the caller's default, title to the text's first line.
/// </summary>
public sealed record ArticleFields(
    string? Id,
    string? Title,
    string? Text,
    string? Url,
    DateTimeOffset? Published,
    string? Source)
{
    /// <summary>The article, or null when there is no text.</summary>
    public Article? ToArticle(string fallbackId)
    {
        var text = ArticleText.NullIfBlank(Text is null ? null : ArticleTextDecoder.NormalizeNewlines(Text));
        if (text is null)
            return null;
        var id = ArticleText.NullIfBlank(Id) ?? fallbackId;
        var title = ArticleText.NullIfBlank(Title) is { } given ? ArticleText.Shorten(ArticleText.CollapseWhitespace(given)) : ArticleText.TitleFromText(text);
        return new Article(id, title, text, ArticleText.NullIfBlank(Url), Published, ArticleText.NullIfBlank(Source));
    }
}
