namespace NewsBot.Core.Articles;

/// <summary>Reads a <c>.txt</c> article: the first non-empty line is the title, the rest the text.</summary>
public static class PlainTextArticleReader
{
    /// <summary>The article in <paramref name="text"/> (already decoded).</summary>
    public static Article Read(string text, string id)
    {
        var (title, body) = ArticleText.SplitTitleLine(text);
        return new Article(id, title, body);
    }
}
