using Microsoft.Playwright;

namespace NewsBot.Host.Tests;

/// <summary>
/// What the web chat tells a person while it works and when it fails: what it is doing (with the real article
/// count), what went wrong in words, the question kept with a way to try again; and a composer that fits a phone.
/// </summary>
public sealed class WebChatFeedbackTests
{
    private const string Question = "where did they meet?";

    [ChromiumFact]
    public async Task While_waiting_the_answer_bubble_says_how_many_articles_it_searches()
    {
        var writer = new ScriptedReplyWriter(FixedReplyWriter.NewDelhiReply()) { Held = true };
        await using var host = await RunningHost.StartAsync(services: writer.Serving);
        await using var browser = await ChromiumSession.LaunchAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(host.Address.ToString());

        await AskAsync(page, Question);

        // The sample folder holds two stories; the count comes from the index, not from the page.
        await Assertions.Expect(page.Locator(".message.bot")).ToContainTextAsync("Searching 2 articles…");
        writer.Release();
        await Assertions.Expect(page.Locator(".message.bot .answer")).ToContainTextAsync("New Delhi", new() { Timeout = 10_000 });
        await Assertions.Expect(page.Locator(".message.bot")).Not.ToContainTextAsync("Searching");
    }

    [ChromiumFact]
    public async Task A_server_failure_is_said_in_words_and_try_again_answers_the_same_question()
    {
        var writer = new ScriptedReplyWriter(FixedReplyWriter.NewDelhiReply()) { Failures = 1 };
        await using var host = await RunningHost.StartAsync(services: writer.Serving);
        await using var browser = await ChromiumSession.LaunchAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(host.Address.ToString());

        await AskAsync(page, Question);

        var bot = page.Locator(".message.bot");
        await Assertions.Expect(bot.Locator(".error")).ToContainTextAsync("went wrong while answering", new() { Timeout = 10_000 });
        Assert.Equal(Question, await page.InputValueAsync("#question"));
        await Assertions.Expect(page.Locator(".message.user")).ToHaveTextAsync(Question);

        await bot.GetByRole(AriaRole.Button, new() { Name = "Try again" }).ClickAsync();

        await Assertions.Expect(bot.Locator(".answer")).ToContainTextAsync("New Delhi", new() { Timeout = 10_000 });
        await Assertions.Expect(bot.Locator(".error")).ToHaveCountAsync(0);
        Assert.Equal(1, await page.Locator(".message.bot").CountAsync());
    }

    [ChromiumFact]
    public async Task A_lost_connection_says_the_server_could_not_be_reached_not_failed_to_fetch()
    {
        await using var host = await RunningHost.StartAsync();
        await using var browser = await ChromiumSession.LaunchAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(host.Address.ToString());
        // The browser loses the network for the first try, as with a dead server, then gets it back.
        await page.Context.SetOfflineAsync(true);

        await AskAsync(page, Question);

        var error = page.Locator(".message.bot .error");
        await Assertions.Expect(error).ToContainTextAsync("could not reach", new() { Timeout = 10_000, IgnoreCase = true });
        Assert.DoesNotContain("Failed to fetch", await error.InnerTextAsync(), StringComparison.Ordinal);
        await page.Context.SetOfflineAsync(false);
        await page.Locator(".message.bot").GetByRole(AriaRole.Button, new() { Name = "Try again" }).ClickAsync();
        await Assertions.Expect(page.Locator(".message.bot .answer")).ToContainTextAsync("Delhi", new() { Timeout = 10_000 });
    }

    [ChromiumFact]
    public async Task At_390_px_the_question_placeholder_fits_on_its_line()
    {
        await using var host = await RunningHost.StartAsync();
        await using var browser = await ChromiumSession.LaunchAsync();
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        await page.GotoAsync(host.Address.ToString());

        // The placeholder's rendered width against the room inside the box (one line: the box is one row high).
        var measured = await page.EvaluateAsync<double[]>("""
            () => {
              const box = document.getElementById('question');
              const style = getComputedStyle(box);
              const context = document.createElement('canvas').getContext('2d');
              context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
              return [context.measureText(box.placeholder).width,
                      box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)];
            }
            """);
        var (needed, room) = (measured[0], measured[1]);

        Assert.True(needed <= room, $"the placeholder needs {needed:0} px, the box has {room:0} px");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ChromiumSession.ScreenshotPath("web-chat-390.png") });
    }

    private static async Task AskAsync(IPage page, string question)
    {
        await page.FillAsync("#question", question);
        await page.PressAsync("#question", "Enter");
    }
}
