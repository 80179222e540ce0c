using System.Xml;
using System.Xml.Linq;

namespace NewsBot.Core.Articles;

/// <summary>
/// Reads an RSS 2.0 (or RSS 1.0) or Atom feed: one article per item/entry with title, link, date and text
/// (<c>content:encoded</c> or Atom <c>content</c> preferred over the summary; HTML turned into text). The feed's
/// title is each article's source. An entry's id is a slug of its link (else of its guid/id).
/// </summary>
public static class FeedArticleReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Rss1 = "http://purl.org/rss/1.0/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    // No DTDs and no external entities: feeds come from the network.
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };

    /// <summary>True when <paramref name="text"/> starts like an RSS or Atom document (used to sniff downloads).</summary>
    public static bool LooksLikeFeed(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 2048));
        return head.Contains("<rss", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<feed", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The feed's articles; throws <see cref="ArticleFormatException"/> for malformed XML or a document that is no feed.</summary>
    public static ArticleReadResult Read(string xml, string fileId)
    {
        var root = Parse(xml).Root ?? throw new ArticleFormatException("empty XML document");
        var isAtom = root.Name == Atom + "feed";
        if (!isAtom && root.Name.LocalName is not ("rss" or "RDF"))
            throw new ArticleFormatException($"not an RSS or Atom feed (root element <{root.Name.LocalName}>)");
        var source = isAtom ? Text(root.Element(Atom + "title")) : Text(Child(Child(root, "channel"), "title"));
        var entries = isAtom ? root.Elements(Atom + "entry").ToList() : root.Descendants().Where(e => e.Name.LocalName == "item").ToList();
        var articles = new List<Article>(entries.Count);
        var problems = new List<string>();
        for (var i = 0; i < entries.Count; i++)
        {
            var fields = isAtom ? AtomFields(entries[i], source) : RssFields(entries[i], source);
            var key = fields.Url ?? fields.Id;
            var id = key is null ? (entries.Count == 1 ? fileId : $"{fileId}/{i + 1}") : ArticleIds.Slug(key);
            if ((fields with { Id = id }).ToArticle(id) is { } article)
                articles.Add(article);
            else
                problems.Add($"{(isAtom ? "entry" : "item")} {i + 1}: no text (no description or content)");
        }
        return new ArticleReadResult(articles, problems);
    }

    private static XDocument Parse(string xml)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), Settings);
            return XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new ArticleFormatException($"malformed XML at line {e.LineNumber}: {e.Message}");
        }
    }

    private static ArticleFields RssFields(XElement item, string? source)
    {
        var content = Child(item, Content + "encoded");
        var description = Child(item, "description");
        var body = Text(content) is { Length: > 0 } encoded ? encoded : Text(description);
        return new ArticleFields(
            Text(Child(item, "guid")),
            Text(Child(item, "title")) is { } title ? HtmlText.FromFragment(title) : null,
            body is null ? null : HtmlText.FromFragment(body),
            Text(Child(item, "link")),
            ArticleDates.Parse(Text(Child(item, "pubDate")) ?? Text(Child(item, DublinCore + "date"))),
            source);
    }

    private static ArticleFields AtomFields(XElement entry, string? source)
    {
        var links = entry.Elements(Atom + "link").ToList();
        var link = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault();
        var content = entry.Element(Atom + "content") ?? entry.Element(Atom + "summary");
        return new ArticleFields(
            Text(entry.Element(Atom + "id")),
            AtomText(entry.Element(Atom + "title")),
            AtomText(content),
            (string?)link?.Attribute("href"),
            ArticleDates.Parse(Text(entry.Element(Atom + "published")) ?? Text(entry.Element(Atom + "updated"))),
            source);
    }

    // Atom text constructs: type="text" (default), "html" (escaped markup) or "xhtml" (inline markup in a div).
    private static string? AtomText(XElement? element)
    {
        if (element is null)
            return null;
        var type = (string?)element.Attribute("type");
        if (type == "xhtml")
            return HtmlText.FromFragment(string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting))));
        return type == "html" ? HtmlText.FromFragment(element.Value) : ArticleText.NullIfBlank(element.Value);
    }

    // RSS 2.0 elements have no namespace; RSS 1.0 puts the same names in its own.
    private static XElement? Child(XElement? parent, XName name) =>
        parent?.Element(name) ?? (name.Namespace == XNamespace.None ? parent?.Element(Rss1 + name.LocalName) : null);

    private static string? Text(XElement? element) => ArticleText.NullIfBlank(element?.Value);
}
