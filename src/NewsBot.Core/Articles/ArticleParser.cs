namespace NewsBot.Core.Articles;

/// <summary>Chooses the reader for a file extension or a downloaded document and runs it.</summary>
public static class ArticleParser
{
    /// <summary>The format for a file extension (with the dot, any case), or null when NewsBot does not read it.</summary>
    public static ArticleFormat? FormatOf(string extension) => extension.ToLowerInvariant() switch
    {
        ".txt" or ".text" => ArticleFormat.PlainText,
        ".md" or ".markdown" => ArticleFormat.Markdown,
        ".html" or ".htm" => ArticleFormat.Html,
        ".json" => ArticleFormat.Json,
        ".jsonl" or ".ndjson" => ArticleFormat.JsonLines,
        ".xml" or ".rss" or ".atom" => ArticleFormat.Feed,
        _ => null,
    };

    /// <summary>The format of a download, from its media type, else from what the text looks like.</summary>
    public static ArticleFormat FormatOfDownload(string? mediaType, string text)
    {
        var type = mediaType?.ToLowerInvariant() ?? "";
        if (type.Contains("rss") || type.Contains("atom") || FeedArticleReader.LooksLikeFeed(text))
            return ArticleFormat.Feed;
        if (type.Contains("json"))
            return type.Contains("ndjson") || type.Contains("jsonl") ? ArticleFormat.JsonLines : ArticleFormat.Json;
        if (type.Contains("markdown"))
            return ArticleFormat.Markdown;
        if (type.StartsWith("text/plain", StringComparison.Ordinal))
            return ArticleFormat.PlainText;
        return ArticleFormat.Html;
    }

    /// <summary>
    /// The articles in decoded <paramref name="text"/>. <paramref name="id"/> is the input's default id (relative path or
    /// URL slug); <paramref name="url"/> is where a download came from. Throws <see cref="ArticleFormatException"/>.
    /// </summary>
    public static ArticleReadResult Parse(ArticleFormat format, string text, string id, string? url = null) =>
        WithoutControlCharacters(ParseFormat(format, text, id, url));

    /// <summary>
    /// Article text is untrusted and reaches terminals, chat platforms and prompts: control characters (terminal
    /// escapes, OSC sequences, NUL, DEL, C1) go, whatever the format (a JSON string can carry <c>\u001b</c> too).
    /// </summary>
    private static ArticleReadResult WithoutControlCharacters(ArticleReadResult result) =>
        result with
        {
            Articles = result.Articles.Select(a => a with
            {
                Id = ArticleText.WithoutControlCharacters(a.Id),
                Title = ArticleText.WithoutControlCharacters(a.Title),
                Text = ArticleText.WithoutControlCharacters(a.Text),
                Url = a.Url is null ? null : ArticleText.WithoutControlCharacters(a.Url),
                Source = a.Source is null ? null : ArticleText.WithoutControlCharacters(a.Source),
            }).ToList(),
        };

    private static ArticleReadResult ParseFormat(ArticleFormat format, string text, string id, string? url) => format switch
    {
        ArticleFormat.PlainText => ArticleReadResult.Of(PlainTextArticleReader.Read(text, id) with { Url = url }),
        ArticleFormat.Markdown => ArticleReadResult.Of(WithUrl(MarkdownArticleReader.Read(text, id), url)),
        ArticleFormat.Html => ArticleReadResult.Of(HtmlArticleReader.Read(text, id, url)),
        ArticleFormat.Json => JsonArticleReader.ReadDocument(text, id),
        ArticleFormat.JsonLines => JsonArticleReader.ReadLines(text, id),
        ArticleFormat.Feed => FeedArticleReader.Read(text, id),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    private static Article WithUrl(Article article, string? url) => article.Url is null && url is not null ? article with { Url = url } : article;
}
