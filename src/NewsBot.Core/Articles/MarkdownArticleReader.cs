using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace NewsBot.Core.Articles;

/// <summary>
/// Reads a <c>.md</c> article: optional YAML front matter (<c>id</c>, <c>title</c>, <c>url</c>, <c>published</c>,
/// <c>source</c>) between <c>---</c> lines; the title is the front matter's, else the first line (a leading
/// <c>#</c> heading marker dropped). The Markdown body is kept as text.
/// </summary>
public static class MarkdownArticleReader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    /// <summary>The article in <paramref name="text"/>; throws <see cref="ArticleFormatException"/> for malformed front matter.</summary>
    public static Article Read(string text, string id)
    {
        var (frontMatter, body) = SplitFrontMatter(text);
        var fields = frontMatter is null ? null : ParseFrontMatter(frontMatter);
        var title = fields is null ? null : ArticleText.NullIfBlank(Field(fields, "title"));
        if (title is null)
        {
            var (line, rest) = ArticleText.SplitTitleLine(body);
            title = line.TrimStart('#', ' ').Trim();
            if (line.StartsWith('#'))
                body = rest;
        }
        if (string.IsNullOrWhiteSpace(body))
            throw new ArticleFormatException("no text after the front matter");
        return new ArticleFields(
                fields is null ? null : Field(fields, "id"),
                title,
                body,
                fields is null ? null : Field(fields, "url") ?? Field(fields, "link"),
                fields is null ? null : ArticleDates.Parse(Field(fields, "published") ?? Field(fields, "date")),
                fields is null ? null : Field(fields, "source"))
            .ToArticle(id)!;
    }

    private static (string? FrontMatter, string Body) SplitFrontMatter(string text)
    {
        var trimmed = text.TrimStart();
        if (!trimmed.StartsWith("---\n", StringComparison.Ordinal))
            return (null, text);
        var close = trimmed.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (close < 0)
            throw new ArticleFormatException("front matter opened with --- is never closed");
        var afterClose = trimmed.IndexOf('\n', close + 4);
        var body = afterClose < 0 ? "" : trimmed[(afterClose + 1)..];
        return (trimmed[4..(close + 1)], body.Trim());
    }

    private static Dictionary<string, object?> ParseFrontMatter(string yaml)
    {
        try
        {
            return Yaml.Deserialize<Dictionary<string, object?>>(yaml) ?? [];
        }
        catch (YamlException e)
        {
            throw new ArticleFormatException($"malformed front matter ({e.Start.Line}:{e.Start.Column}): {e.InnerException?.Message ?? e.Message}");
        }
    }

    private static string? Field(Dictionary<string, object?> fields, string name)
    {
        foreach (var (key, value) in fields)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
                return value as string ?? value?.ToString();
        }
        return null;
    }
}
