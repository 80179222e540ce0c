using NewsBot.Core.Articles;

namespace NewsBot.Core.Tests.Articles;

public sealed class HtmlArticleReaderTests
{
    private const string Page = """
        <!doctype html>
        <html><head>
          <title>Talks in Delhi | Example News</title>
          <meta property="og:title" content="Lavrov and Blinken meet in Delhi">
          <meta property="og:site_name" content="Example News">
          <meta property="article:published_time" content="2023-03-02T10:15:00Z">
          <link rel="canonical" href="/world/talks">
          <style>p { color: red }</style>
          <script>var tracking = "do not index me";</script>
        </head>
        <body>
          <header><a href="/">Example News home</a></header>
          <nav><ul><li>World</li><li>Sport</li></ul></nav>
          <div class="cookie-banner">We use cookies to improve your experience.</div>
          <main>
            <article>
              <h1>Lavrov and Blinken meet in Delhi</h1>
              <p>Russian Foreign Minister Sergey Lavrov and U.S. Secretary of State Antony Blinken met
                 <b>briefly</b> on Thursday in New Delhi.</p>
              <div class="share-tools">Share on Twitter</div>
              <figure><img src="a.jpg"><figcaption>Photo: agency</figcaption></figure>
              <p>The meeting took place on the sidelines of the G-20 &amp; was short.<br>It lasted ten minutes.</p>
              <aside>Related: other stories</aside>
              <ul><li>First point.</li><li>Second point.</li></ul>
            </article>
            <section class="related-stories"><p>Read this next</p></section>
          </main>
          <footer>© Example News 2023</footer>
        </body></html>
        """;

    [Fact]
    public void Html_keeps_the_story_and_drops_scripts_navigation_and_boilerplate()
    {
        var article = HtmlArticleReader.Read(Page, "world/talks", "https://example.com/world/talks?utm=1");
        Assert.Equal(
            "Russian Foreign Minister Sergey Lavrov and U.S. Secretary of State Antony Blinken met briefly on Thursday in New Delhi.\n\n"
            + "The meeting took place on the sidelines of the G-20 & was short.\nIt lasted ten minutes.\n\n"
            + "First point.\n\nSecond point.",
            article.Text);
        foreach (var boilerplate in (string[])["tracking", "cookies", "home", "Sport", "Share", "Photo", "Related", "Read this next", "©", "color"])
            Assert.DoesNotContain(boilerplate, article.Text);
    }

    [Fact]
    public void A_script_inside_the_headline_is_not_part_of_the_title()
    {
        const string page = "<html><body><article><h1>Talks in Delhi<script>var tracking = 1;</script><style>h1{}</style></h1>"
            + "<p>Lavrov and Blinken met briefly on Thursday.</p></article></body></html>";

        var article = HtmlArticleReader.Read(page, "talks");

        Assert.Equal("Talks in Delhi", article.Title);
        Assert.DoesNotContain("tracking", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_metadata_comes_from_open_graph_canonical_link_and_published_time()
    {
        var article = HtmlArticleReader.Read(Page, "world/talks", "https://example.com/world/talks?utm=1");
        Assert.Equal("Lavrov and Blinken meet in Delhi", article.Title);
        Assert.Equal("https://example.com/world/talks", article.Url);
        Assert.Equal(new DateTimeOffset(2023, 3, 2, 10, 15, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("Example News", article.Source);
    }

    [Fact]
    public void Html_without_article_or_main_uses_the_body_and_the_title_element()
    {
        var article = HtmlArticleReader.Read("<html><head><title>Plain page</title></head><body><nav>Menu</nav><p>Only text here.</p></body></html>", "plain");
        Assert.Equal(("Plain page", "Only text here."), (article.Title, article.Text));
    }

    [Fact]
    public void Html_with_only_boilerplate_is_refused() =>
        Assert.Contains("no article text", Assert.Throws<ArticleFormatException>(
            () => HtmlArticleReader.Read("<html><body><nav>Menu</nav><script>x()</script></body></html>", "empty")).Message);
}
