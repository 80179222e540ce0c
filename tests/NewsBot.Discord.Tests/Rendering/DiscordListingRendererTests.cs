using NewsBot.Core.Articles;
using NewsBot.Discord.Rendering;

namespace NewsBot.Discord.Tests.Rendering;

public sealed class DiscordListingRendererTests
{
    private static ArticleSummary Summary(int i) =>
        new($"id-{i}", $"Title {i}", new DateTimeOffset(2023, 3, i % 28 + 1, 0, 0, 0, TimeSpan.Zero), "Reuters", $"https://example.com/{i}");

    [Fact]
    public void RenderPage_ListsIdsTitlesAndPaging()
    {
        var page = new ArticlePage(25, 2, 10, Enumerable.Range(11, 10).Select(Summary).ToList());
        var embed = Assert.Single(Assert.Single(DiscordListingRenderer.RenderPage(page, null)).Embeds!);
        Assert.Equal("Articles", embed.Title);
        Assert.Contains("`id-11` · [Title 11](https://example.com/11)", embed.Description);
        Assert.Equal("Page 2 of 3 · 25 article(s) · next: /articles page:3", embed.Footer!.Text);
    }

    [Fact]
    public void RenderPage_AStoryUnderMoreIds_ShowsThemAsAlsoAs()
    {
        var page = new ArticlePage(1, 1, 10, [Summary(1) with { AlsoAs = ["id-1-copy"] }]);
        var embed = DiscordListingRenderer.RenderPage(page, null)[0].Embeds![0];
        Assert.Contains("· also as `id-1-copy`", embed.Description);
    }

    [Fact]
    public void RenderPage_PastTheEnd_SaysSo()
    {
        var embed = DiscordListingRenderer.RenderPage(new ArticlePage(2, 5, 10, []), "delhi")[0].Embeds![0];
        Assert.Contains("past the end", embed.Description);
        Assert.Equal("Articles matching “delhi”", embed.Title);
    }

    [Fact]
    public void RenderPage_ThousandArticles_SplitWithinLimits()
    {
        var messages = DiscordListingRenderer.RenderPage(new ArticlePage(1000, 1, 1000, Enumerable.Range(1, 1000).Select(Summary).ToList()), null);
        Assert.All(messages, m => Assert.InRange(m.Embeds!.Sum(e => e.CountedLength), 1, 6000));
        Assert.Equal(1000, messages.SelectMany(m => m.Embeds!).Sum(e => e.Description!.Split('\n').Length));
    }

    [Fact]
    public void RenderLookup_Found_ShowsTitleLinkAndOpening()
    {
        var detail = new ArticleDetail("id-1", "Ministers meet", null, "Reuters", "https://example.com/1", "They met in New Delhi.", 4);
        var embed = DiscordListingRenderer.RenderLookup("id-1", new ArticleLookup(detail, []))[0].Embeds![0];
        Assert.Equal("Ministers meet", embed.Title);
        Assert.Equal("https://example.com/1", embed.Url);
        Assert.Equal("They met in New Delhi.", embed.Description);
        Assert.Contains(embed.Fields!, f => f.Name == "Id" && f.Value == "`id-1`");
    }

    [Fact]
    public void RenderLookup_Unknown_NamesClosestIdsAndCannotBreakOutOfCode()
    {
        var message = Assert.Single(DiscordListingRenderer.RenderLookup("no`pe", new ArticleLookup(null, ["id-1", "id-2"])));
        Assert.Equal("I don't know an article `no'pe`. Closest ids: `id-1`, `id-2`. Try `/articles` to browse.", message.Content);
    }

    [Fact]
    public void RenderLookup_MarkdownInArticleText_IsShownAsWritten()
    {
        var detail = new ArticleDetail("id-1", "**Breaking** ||news||", null, "[Wire](https://phish.example)", "https://example.com/1",
            "[Official statement](https://phish.example) says *more*.", 4);
        var embed = DiscordListingRenderer.RenderLookup("id-1", new ArticleLookup(detail, []))[0].Embeds![0];

        Assert.Equal(@"\*\*Breaking\*\* \|\|news\|\|", embed.Title);
        Assert.Equal(@"\[Official statement\]\(https://phish.example\) says \*more\*.", embed.Description);
        Assert.Contains(embed.Fields!, f => f.Name == "Source" && f.Value == @"\[Wire\]\(https://phish.example\)");
    }

    [Fact]
    public void RenderPage_MarkdownInTitlesAndSources_IsShownAsWritten()
    {
        var linked = new ArticleSummary("id-1", "**Big** [news]", null, "[Wire](https://phish.example)", "https://example.com/1");
        var unlinked = new ArticleSummary("id-2", "[Click](https://phish.example)", null, "~~Reuters~~", null);
        var description = DiscordListingRenderer.RenderPage(new ArticlePage(2, 1, 10, [linked, unlinked]), null)[0].Embeds![0].Description!;

        Assert.Equal(
            [@"• `id-1` · [\*\*Big\*\* \(news\)](https://example.com/1) · \[Wire\]\(https://phish.example\)",
             @"• `id-2` · \[Click\]\(https://phish.example\) · \~\~Reuters\~\~"],
            description.Split('\n'));
    }
}
