using Microsoft.Playwright;

namespace NewsBot.Host.Tests;

/// <summary>The web chat in headless Debian Chromium against the real host: what a person would see.</summary>
public sealed class WebChatBrowserTests
{
    [ChromiumFact]
    public async Task Asking_where_they_met_shows_the_answer_with_clickable_citations_and_sources()
    {
        await using var host = await RunningHost.StartAsync();
        await using var browser = await LaunchAsync();
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 900 } });
        var pageErrors = new List<string>();
        page.PageError += (_, error) => pageErrors.Add(error);

        await page.GotoAsync(host.Address.ToString());
        await page.FillAsync("#question", "where did they meet?");
        await page.PressAsync("#question", "Enter");

        var sources = page.Locator(".message.bot .sources li");
        await Assertions.Expect(sources.First).ToBeVisibleAsync(new() { Timeout = 10_000 });
        Assert.True(await sources.CountAsync() >= 2);
        var answer = page.Locator(".message.bot .answer");
        Assert.Contains("Delhi", await answer.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Mumbai", await answer.InnerTextAsync(), StringComparison.Ordinal);
        var sourcesText = await page.Locator(".message.bot .sources").InnerTextAsync();
        Assert.Contains(SampleArticles.MumbaiTitle, sourcesText, StringComparison.Ordinal);
        Assert.Contains("New Delhi", sourcesText, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator(".badge.differ")).ToBeVisibleAsync();

        // Whether or not the answerer marks the asked-for fact, what is bold is a stretch of the answer, never a marker.
        foreach (var fact in await page.Locator(".message.bot .answer strong").AllInnerTextsAsync())
            Assert.True(fact.Trim().Length > 0 && !fact.Contains('['), $"bold: \"{fact}\"");

        // Clicking a citation marker highlights its source.
        var markers = page.Locator(".message.bot .answer button.cite");
        Assert.True(await markers.CountAsync() >= 2);
        await markers.Last.ClickAsync();
        await Assertions.Expect(page.Locator(".source.flash")).ToHaveCountAsync(1);

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath("web-chat-answer.png"), FullPage = true });
        Assert.Empty(pageErrors);
    }

    [ChromiumFact]
    public async Task The_asked_for_fact_is_shown_in_bold_as_text_with_the_citation_still_clickable()
    {
        const string fact = "<img src=x onerror=\"window.pwned=1\">New Delhi";
        var reply = FixedReplyWriter.NewDelhiReply($"The talks were held in {fact} [1].", fact);
        await using var host = await RunningHost.StartAsync(services: FixedReplyWriter.Serving(reply));
        await using var browser = await LaunchAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(host.Address.ToString());

        await page.FillAsync("#question", "where did they meet?");
        await page.PressAsync("#question", "Enter");

        var bold = page.Locator(".message.bot .answer strong");
        await Assertions.Expect(bold).ToHaveCountAsync(1, new() { Timeout = 10_000 });
        Assert.Equal(fact, await bold.TextContentAsync());
        Assert.Equal($"The talks were held in {fact} 1.", await page.Locator(".message.bot .answer").TextContentAsync());
        await page.Locator(".message.bot .answer button.cite").ClickAsync();
        await Assertions.Expect(page.Locator(".source.flash")).ToHaveCountAsync(1);
        Assert.Equal(0, await page.Locator(".message img").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.pwned"));
    }

    [ChromiumFact]
    public async Task Typing_articles_and_article_commands_lists_and_shows_articles()
    {
        await using var host = await RunningHost.StartAsync();
        await using var browser = await LaunchAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(host.Address.ToString());

        await page.FillAsync("#question", "/articles");
        await page.PressAsync("#question", "Enter");
        var listing = page.Locator(".message.bot .articles li");
        await Assertions.Expect(listing).ToHaveCountAsync(2, new() { Timeout = 10_000 });

        // Each listed article is a button that runs `/article ID`.
        await page.Locator($".message.bot button[data-command='/article {SampleArticles.MumbaiId}']").ClickAsync();
        await Assertions.Expect(page.Locator(".message.bot .article-title")).ToHaveTextAsync(SampleArticles.MumbaiTitle);
    }

    [ChromiumFact]
    public async Task Article_text_is_shown_as_text_never_run_as_markup()
    {
        using var articles = new NewsBot.Testing.TempDirectory();
        File.WriteAllText(articles.File("harbour.txt"),
            "<img src=x onerror=\"window.pwned=1\">Harbour reopens\n\n" +
            "The old harbour reopened on Monday <script>window.pwned=2</script> after repairs to the sea wall were finished.\n");
        await using var host = await RunningHost.StartAsync(articles: articles.Path);
        await using var browser = await LaunchAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(host.Address.ToString());

        await page.FillAsync("#question", "when did the old harbour reopen?");
        await page.PressAsync("#question", "Enter");
        var source = page.Locator(".message.bot .sources li").First;
        await Assertions.Expect(source).ToBeVisibleAsync(new() { Timeout = 10_000 });
        Assert.Contains("<img src=x", await source.InnerTextAsync(), StringComparison.Ordinal);

        await page.FillAsync("#question", "/articles");
        await page.PressAsync("#question", "Enter");
        await Assertions.Expect(page.Locator(".message.bot .articles li")).ToHaveCountAsync(1, new() { Timeout = 10_000 });

        Assert.Equal(0, await page.Locator(".message img, .message script").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.pwned"));
    }

    private static Task<ChromiumSession> LaunchAsync() => ChromiumSession.LaunchAsync();

    private static string ScreenshotPath(string name) => ChromiumSession.ScreenshotPath(name);
}
