using NewsBot.Core.Articles;
using NewsBot.Slack.Rendering;

namespace NewsBot.Slack.Tests;

public sealed class SlackListingRendererTests
{
    private static readonly ArticleSummary Delhi = new("000_6a9e", "Ministers <b>meet</b> in Delhi", new DateTimeOffset(2023, 3, 2, 0, 0, 0, TimeSpan.Zero), "Wire", "https://example.com/1");

    [Fact]
    public void A_listing_page_names_each_article_with_id_link_and_date_and_offers_the_next_page()
    {
        var message = SlackListingRenderer.Articles(new ArticlePage(Total: 3, Page: 1, PageSize: 2, Items: [Delhi, Delhi with { Id = "x", Url = null }]), "delhi", "/articles");

        var texts = SlackReplyRendererTests.Texts(message).ToList();
        Assert.Contains(texts, t => t.Contains("page 1 of 2") && t.Contains("3 in all") && t.Contains("“delhi”"));
        Assert.Contains(texts, t => t.Contains("`000_6a9e` · <https://example.com/1|Ministers &lt;b&gt;meet&lt;/b&gt; in Delhi> · 2 Mar 2023 · Wire"));
        Assert.Contains(texts, t => t.Contains("`/articles 2 delhi`"));
    }

    [Fact]
    public void A_story_ingested_under_more_ids_shows_them_as_also_as()
    {
        var message = SlackListingRenderer.Articles(new ArticlePage(1, 1, 10, [Delhi with { AlsoAs = ["000_copy"] }]), null, "/articles");

        Assert.Contains(SlackReplyRendererTests.Texts(message), t => t.Contains("Wire · also as `000_copy`"));
    }

    [Fact]
    public void An_empty_or_out_of_range_page_says_so()
    {
        Assert.Contains("no articles", SlackListingRenderer.Articles(new ArticlePage(0, 1, 10, []), null, "/articles").Text);
        Assert.Contains("no page 5", SlackListingRenderer.Articles(new ArticlePage(3, 5, 10, []), null, "/articles").Text);
    }

    [Fact]
    public void An_article_shows_title_facts_and_opening()
    {
        var detail = new ArticleDetail("000_6a9e", "Ministers meet", Delhi.Published, "Wire", "https://example.com/1", "The opening <!channel> passage.", 7);

        var texts = SlackReplyRendererTests.Texts(SlackListingRenderer.Article(new ArticleLookup(detail, []), "000_6a9e", "/article")).ToList();

        Assert.Equal("*<https://example.com/1|Ministers meet>*", texts[0]);
        Assert.Equal("2 Mar 2023 · Wire · `000_6a9e` · 7 passages", texts[1]);
        Assert.Equal("The opening &lt;!channel&gt; passage.", texts[2]);
    }

    [Fact]
    public void An_unknown_id_lists_the_closest_ids()
    {
        var message = SlackListingRenderer.Article(new ArticleLookup(null, ["000_6a9e", "004_97ff"]), "000", "/article");
        Assert.Contains("I don't know an article `000`", message.Text);
        Assert.Contains("`000_6a9e`, `004_97ff`", message.Text);
    }
}
