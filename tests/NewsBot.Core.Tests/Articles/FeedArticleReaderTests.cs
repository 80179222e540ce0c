using NewsBot.Core.Articles;

namespace NewsBot.Core.Tests.Articles;

public sealed class FeedArticleReaderTests
{
    internal const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Example World News</title>
            <link>https://example.com/</link>
            <item>
              <title>Talks in Delhi</title>
              <link>https://example.com/world/talks.html</link>
              <guid isPermaLink="false">abc-123</guid>
              <pubDate>Thu, 02 Mar 2023 10:15:00 GMT</pubDate>
              <description>Short summary.</description>
              <content:encoded><![CDATA[<p>Lavrov and Blinken met in <b>New Delhi</b>.</p><p>It was brief.</p>]]></content:encoded>
            </item>
            <item>
              <title>Markets &amp; money</title>
              <description>&lt;p&gt;Shares rose.&lt;/p&gt;</description>
            </item>
            <item>
              <title>Headline only</title>
              <link>https://example.com/headline</link>
            </item>
          </channel>
        </rss>
        """;

    internal const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Example Atom</title>
          <entry>
            <title type="html">Budget &lt;em&gt;passes&lt;/em&gt;</title>
            <link rel="alternate" href="https://example.org/2023/budget"/>
            <id>tag:example.org,2023:budget</id>
            <published>2023-03-01T08:00:00Z</published>
            <updated>2023-03-02T08:00:00Z</updated>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The budget passed.</p><p>Votes: 300.</p></div></content>
          </entry>
          <entry>
            <title>Summary only</title>
            <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
            <updated>2023-03-03T08:00:00Z</updated>
            <summary>A plain summary.</summary>
          </entry>
        </feed>
        """;

    [Fact]
    public void Rss_items_become_articles_with_link_slugs_dates_and_the_channel_as_source()
    {
        var result = FeedArticleReader.Read(Rss, "feeds/world");
        Assert.Equal(2, result.Articles.Count);
        var first = result.Articles[0];
        Assert.Equal(new Article("example.com/world/talks", "Talks in Delhi", "Lavrov and Blinken met in New Delhi.\n\nIt was brief.",
            "https://example.com/world/talks.html", new DateTimeOffset(2023, 3, 2, 10, 15, 0, TimeSpan.Zero), "Example World News"), first);
        Assert.Equal(("feeds/world/2", "Markets & money", "Shares rose."), (result.Articles[1].Id, result.Articles[1].Title, result.Articles[1].Text));
        Assert.Equal(["item 3: no text (no description or content)"], result.RecordProblems);
    }

    [Fact]
    public void Atom_entries_become_articles_from_content_or_summary()
    {
        var result = FeedArticleReader.Read(Atom, "feeds/atom");
        Assert.Empty(result.RecordProblems);
        var budget = result.Articles[0];
        Assert.Equal(new Article("example.org/2023/budget", "Budget passes", "The budget passed.\n\nVotes: 300.",
            "https://example.org/2023/budget", new DateTimeOffset(2023, 3, 1, 8, 0, 0, TimeSpan.Zero), "Example Atom"), budget);
        Assert.Equal(("urn-uuid-1225c695-cfb8-4ebb-aaaa-80da344efa6a", "A plain summary.", new DateTimeOffset(2023, 3, 3, 8, 0, 0, TimeSpan.Zero)),
            (result.Articles[1].Id, result.Articles[1].Text, result.Articles[1].Published));
    }

    [Fact]
    public void Rss_1_0_items_are_read()
    {
        const string Rdf = """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel><title>Old feed</title></channel>
              <item><title>One</title><link>https://example.net/one</link><description>Text one.</description><dc:date>2004-05-01</dc:date></item>
            </rdf:RDF>
            """;
        var article = Assert.Single(FeedArticleReader.Read(Rdf, "rdf").Articles);
        Assert.Equal(("example.net/one", "One", "Text one.", "Old feed"), (article.Id, article.Title, article.Text, article.Source));
    }

    [Fact]
    public void Xml_that_is_not_a_feed_is_refused_naming_its_root() =>
        Assert.Equal("not an RSS or Atom feed (root element <data>)",
            Assert.Throws<ArticleFormatException>(() => FeedArticleReader.Read("<data><text>hi</text></data>", "x")).Message);

    [Fact]
    public void Malformed_xml_is_refused_with_the_line() =>
        Assert.StartsWith("malformed XML at line 2",
            Assert.Throws<ArticleFormatException>(() => FeedArticleReader.Read("<rss>\n<channel></rss>", "x")).Message);

    [Fact]
    public void External_entities_are_not_resolved()
    {
        const string Xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>t</title><item><title>x</title><description>&secret;</description></item></channel></rss>
            """;
        var result = ReadOrReason(Xxe);
        Assert.DoesNotContain("root:", result);
    }

    private static string ReadOrReason(string xml)
    {
        try
        {
            return string.Join("\n", FeedArticleReader.Read(xml, "x").Articles.Select(a => a.Text));
        }
        catch (ArticleFormatException e)
        {
            return e.Message;
        }
    }
}
