using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace NewsBot.Core.Articles;

/// <summary>
/// Reads an <c>.html</c>/<c>.htm</c> page: the title (Open Graph, else the story's <c>h1</c>, else <c>&lt;title&gt;</c>),
/// the canonical URL, the publication date and site name when the page states them, and the main text —
/// taken from <c>&lt;article&gt;</c> or <c>&lt;main&gt;</c> when present, with boilerplate left out (<see cref="HtmlText"/>).
/// </summary>
public static class HtmlArticleReader
{
    /// <summary>The article in <paramref name="html"/>; <paramref name="url"/> is where it was fetched from, if it was.</summary>
    public static Article Read(string html, string id, string? url = null)
    {
        var document = new HtmlParser().ParseDocument(html);
        // Code and styles are never article text, not even inside a headline (<h1>Title<script>…</script></h1>).
        foreach (var hidden in document.QuerySelectorAll("script, style, noscript, template").ToList())
            hidden.Remove();
        var root = MainElement(document);
        // [1] Metadata first: headers and <head> are dropped from the text.
        var title = ArticleText.NullIfBlank(Meta(document, "og:title"))
            ?? ArticleText.NullIfBlank(root.QuerySelector("h1")?.TextContent)
            ?? ArticleText.NullIfBlank(document.Title)
            ?? ArticleText.NullIfBlank(document.QuerySelector("h1")?.TextContent);
        var canonical = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url");
        var published = ArticleDates.Parse(
            Meta(document, "article:published_time") ?? Meta(document, "date") ?? Meta(document, "pubdate")
            ?? Meta(document, "dc.date") ?? root.QuerySelector("time[datetime]")?.GetAttribute("datetime")
            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        // [2] Main text; the headline repeated as its first paragraph is dropped (the title is stored apart).
        var text = HtmlText.Extract(root);
        if (title is not null)
        {
            title = ArticleText.CollapseWhitespace(title);
            if (text.StartsWith(title, StringComparison.Ordinal) && text.Length > title.Length && text[title.Length] == '\n')
                text = text[title.Length..].TrimStart();
        }
        if (string.IsNullOrWhiteSpace(text))
            throw new ArticleFormatException("no article text in the HTML");
        return new ArticleFields(null, title, text, Absolute(canonical, url) ?? url, published, Meta(document, "og:site_name"))
            .ToArticle(id)!;
    }

    // The story, not the page: the <article> with the most text, else <main>, else role=main, else <body>.
    private static IElement MainElement(IHtmlDocument document)
    {
        IElement? best = null;
        var bestLength = 0;
        foreach (var article in document.QuerySelectorAll("article"))
        {
            var length = article.TextContent.Length;
            if (length > bestLength)
                (best, bestLength) = (article, length);
        }
        return best
            ?? document.QuerySelector("main")
            ?? document.QuerySelector("[role=main]")
            ?? document.Body
            ?? document.DocumentElement;
    }

    private static string? Meta(IHtmlDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
                return ArticleText.NullIfBlank(meta.GetAttribute("content"));
        }
        return null;
    }

    private static string? Absolute(string? href, string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href))
            return null;
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
            return absolute.ToString();
        return baseUrl is not null && Uri.TryCreate(new Uri(baseUrl), href, out var resolved) ? resolved.ToString() : null;
    }
}
