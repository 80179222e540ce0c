using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsBot.Core.Articles;

/// <summary>
/// Readable text of an HTML tree: block elements become paragraphs (blank lines), inline whitespace collapses,
/// and what is never article text (scripts, styles, navigation, headers, footers, asides, forms, share and
/// cookie widgets) is left out.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "form", "button",
        "input", "select", "textarea", "nav", "header", "footer", "aside", "menu", "dialog", "figure", "head",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
        "dd", "blockquote", "pre", "table", "tr", "hr", "address", "details", "summary", "body",
    };

    // class/id fragments of widgets that sit inside article bodies but are not the story.
    private static readonly string[] BoilerplateMarkers =
    [
        "cookie", "newsletter", "subscribe", "share", "social", "related", "advert", "promo", "breadcrumb",
        "comment", "sidebar", "banner", "popup", "modal", "paywall", "signup", "recommend", "skip-link",
    ];

    /// <summary>The text of an HTML fragment (e.g. a feed item's description).</summary>
    public static string FromFragment(string html)
    {
        if (html.IndexOf('<') < 0 && html.IndexOf('&') < 0)
            return html.Trim();
        var document = new HtmlParser().ParseDocument(html);
        return document.Body is null ? "" : Extract(document.Body);
    }

    /// <summary>The text under <paramref name="root"/>, boilerplate left out.</summary>
    public static string Extract(IElement root)
    {
        var writer = new Writer();
        Walk(root, writer);
        return writer.ToString();
    }

    /// <summary>True for elements that are never article text, by tag, hidden state, or class/id naming a widget.</summary>
    public static bool IsBoilerplate(IElement element)
    {
        if (Dropped.Contains(element.LocalName) || element.HasAttribute("hidden"))
            return true;
        if (string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
            return true;
        var role = element.GetAttribute("role");
        if (role is "navigation" or "banner" or "contentinfo" or "complementary" or "search")
            return true;
        var names = (element.GetAttribute("class") + " " + element.Id).ToLowerInvariant();
        if (names.Length <= 1)
            return false;
        foreach (var marker in BoilerplateMarkers)
        {
            if (names.Contains(marker, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    private static void Walk(INode node, Writer writer)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                writer.Text(text.Data);
                continue;
            }
            if (child is not IElement element || IsBoilerplate(element))
                continue;
            if (element.LocalName == "br")
            {
                writer.Break(Writer.Line);
                continue;
            }
            var block = Blocks.Contains(element.LocalName);
            if (block)
                writer.Break(Writer.Paragraph);
            else if (element.LocalName is "td" or "th")
                writer.Break(Writer.Space);
            Walk(element, writer);
            if (block)
                writer.Break(Writer.Paragraph);
        }
    }

    private sealed class Writer
    {
        public const int Space = 1;
        public const int Line = 2;
        public const int Paragraph = 3;

        private readonly StringBuilder _text = new();
        private int _pending;

        public void Break(int kind) => _pending = Math.Max(_pending, kind);

        public void Text(string data)
        {
            foreach (var c in data)
            {
                if (char.IsWhiteSpace(c))
                {
                    _pending = Math.Max(_pending, Space);
                    continue;
                }
                if (_pending > 0 && _text.Length > 0)
                    _text.Append(_pending switch { Space => " ", Line => "\n", _ => "\n\n" });
                _pending = 0;
                _text.Append(c);
            }
        }

        public override string ToString() => _text.ToString();
    }
}
