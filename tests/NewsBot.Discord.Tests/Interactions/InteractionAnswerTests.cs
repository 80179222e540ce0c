using System.Diagnostics;
using System.Text.Json;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Queue;
using NewsBot.Discord.Tests.Fakes;
using NewsBot.Testing;

namespace NewsBot.Discord.Tests.Interactions;

/// <summary>Slash commands end to end: the real core over the sample articles, the bot on Kestrel, a fake Discord.</summary>
public sealed class InteractionAnswerTests
{
    private const string NewDelhiReport = "000_6a9e5e658e7f90a5";
    private const string MumbaiReport = "004_97ff55d69b32dccd";

    private static string OriginalPath(string token) => $"webhooks/{FakeDiscord.ApplicationId}/{token}/messages/@original";

    [Fact]
    public async Task Ask_DefersAtOnceThenEditsTheOriginalOnceWithCitedSources()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotHost.StartAsync(discord);
        var token = "ask-token-" + Guid.NewGuid().ToString("n");

        var clock = Stopwatch.StartNew();
        var deferred = await InteractionEndpointTests.ReadJsonAsync(await bot.PostInteractionAsync(
            InteractionBodies.Command("ask", token, InteractionBodies.Option("question", "where did they meet?"))));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"initial response took {clock.ElapsedMilliseconds} ms");
        Assert.Equal("""{"type":5}""", deferred.GetRawText());

        var edit = Assert.Single(await discord.Requests.WaitForAsync(r => r.Is("PATCH", OriginalPath(token))));
        var embed = edit.Json.GetProperty("embeds")[0];
        Assert.Equal("where did they meet?", embed.GetProperty("title").GetString());
        Assert.Contains("New Delhi", embed.GetProperty("description").GetString());
        var sources = embed.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToList();
        Assert.Contains(sources, s => s.StartsWith("[1] ", StringComparison.Ordinal));
        Assert.Contains(sources, s => s.Contains("Lavrov-Blinken Talks", StringComparison.Ordinal));
        Assert.Contains(sources, s => s.Contains("First meeting between Blinken and Lavrov", StringComparison.Ordinal));
        Assert.Equal(0, edit.Json.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());

        // Exactly one edit: a later interaction's answer arriving proves the first was not edited again.
        var marker = "marker-" + Guid.NewGuid().ToString("n");
        await bot.PostInteractionAsync(InteractionBodies.Command("articles", marker));
        await discord.Requests.WaitForAsync(r => r.Is("PATCH", OriginalPath(marker)));
        Assert.Single(discord.Requests.Where(r => r.Path.Contains(token, StringComparison.Ordinal)));
        Assert.DoesNotContain(bot.Logs.Lines, line => line.Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Articles_ListsTheSampleArticles()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotHost.StartAsync(discord);

        var deferred = await InteractionEndpointTests.ReadJsonAsync(await bot.PostInteractionAsync(
            InteractionBodies.Command("articles", "list-token", InteractionBodies.Option("page", 1))));
        Assert.Equal(5, deferred.GetProperty("type").GetInt32());

        var embed = (await discord.Requests.WaitForAsync(r => r.Is("PATCH", OriginalPath("list-token"))))[0].Json.GetProperty("embeds")[0];
        Assert.Contains($"`{NewDelhiReport}`", embed.GetProperty("description").GetString());
        Assert.Contains($"`{MumbaiReport}`", embed.GetProperty("description").GetString());
        Assert.StartsWith("Page 1 of 1 · 2 article(s)", embed.GetProperty("footer").GetProperty("text").GetString());
    }

    [Fact]
    public async Task Article_ShowsOneArticleOrTheClosestIds()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotHost.StartAsync(discord);

        await bot.PostInteractionAsync(InteractionBodies.Command("article", "found-token", InteractionBodies.Option("id", NewDelhiReport)));
        await bot.PostInteractionAsync(InteractionBodies.Command("article", "missing-token", InteractionBodies.Option("id", "000_6a9e")));

        var found = (await discord.Requests.WaitForAsync(r => r.Is("PATCH", OriginalPath("found-token"))))[0].Json;
        Assert.Equal("Lavrov-Blinken Talks on Ukraine Crisis at G-20", found.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.Contains("New Delhi", found.GetProperty("embeds")[0].GetProperty("description").GetString());
        var missing = (await discord.Requests.WaitForAsync(r => r.Is("PATCH", OriginalPath("missing-token"))))[0].Json;
        Assert.Contains($"`{NewDelhiReport}`", missing.GetProperty("content").GetString());
    }

    [Fact]
    public async Task Autocomplete_OffersAtMost25MatchingArticles()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotHost.StartAsync(discord);

        var response = await InteractionEndpointTests.ReadJsonAsync(await bot.PostInteractionAsync(InteractionBodies.Autocomplete("Blinken")));

        Assert.Equal(8, response.GetProperty("type").GetInt32());
        var choices = response.GetProperty("data").GetProperty("choices").EnumerateArray().ToList();
        Assert.InRange(choices.Count, 1, 25);
        Assert.All(choices, c => Assert.InRange(c.GetProperty("name").GetString()!.Length, 1, 100));
        Assert.Contains(choices, c => c.GetProperty("value").GetString() == MumbaiReport);
        Assert.Empty(discord.Requests.Snapshot());
    }

    [Fact]
    public async Task MessageCommand_AnswersTheMessageText()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotHost.StartAsync(discord);

        var deferred = await InteractionEndpointTests.ReadJsonAsync(await bot.PostInteractionAsync(
            InteractionBodies.MessageCommand("msgcmd-token", "where did they meet?")));
        Assert.Equal(5, deferred.GetProperty("type").GetInt32());

        var edit = (await discord.Requests.WaitForAsync(r => r.Is("PATCH", OriginalPath("msgcmd-token"))))[0].Json;
        Assert.Contains("New Delhi", edit.GetProperty("embeds")[0].GetProperty("description").GetString());
    }

    [Fact]
    public async Task FullQueue_AnswersBusyEphemerallyAndLosesNothingAccepted()
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.EditDelay = TimeSpan.FromSeconds(1.5);
        await using var bot = await BotHost.StartAsync(discord, settings: new Dictionary<string, string?>
        {
            ["Discord:Workers"] = "1",
            ["Discord:QueueCapacity"] = "1",
        });

        var responses = new List<JsonElement>();
        for (var i = 0; i < 4; i++)
            responses.Add(await InteractionEndpointTests.ReadJsonAsync(await bot.PostInteractionAsync(
                InteractionBodies.Command("ask", $"busy-{i}", InteractionBodies.Option("question", "where did they meet?")))));

        var busy = responses.Where(r => r.GetProperty("type").GetInt32() == 4).ToList();
        Assert.NotEmpty(busy);
        Assert.All(busy, b =>
        {
            Assert.Equal(64, b.GetProperty("data").GetProperty("flags").GetInt32());
            Assert.Equal(NewsBot.Discord.Queue.DiscordAdmission.BusyText, b.GetProperty("data").GetProperty("content").GetString());
        });
        var accepted = Enumerable.Range(0, 4).Where(i => responses[i].GetProperty("type").GetInt32() == 5).ToList();
        Assert.InRange(accepted.Count, 1, 2);
        await discord.Requests.WaitForAsync(r => r.Method == "PATCH", accepted.Count);
        Assert.All(accepted, i => Assert.Single(discord.Requests.Where(r => r.Is("PATCH", OriginalPath($"busy-{i}")))));
    }

    [Fact]
    public async Task QueuedPastTheTokensLifetime_IsDroppedWhileFreshWorkIsAnswered()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var time = new ManualTimeProvider();
        await using var bot = await BotHost.StartAsync(discord, settings: new Dictionary<string, string?> { ["Discord:Workers"] = "1" }, time: time);
        var release = new TaskCompletionSource();
        discord.EditGate = release.Task;

        // The one worker is held at its edit, so what comes next waits in the queue.
        await bot.PostInteractionAsync(InteractionBodies.Command("articles", "held-token"));
        await discord.EditsArrived.WaitForAsync(p => p.Contains("held-token", StringComparison.Ordinal));
        await bot.PostInteractionAsync(InteractionBodies.Command("articles", "stale-token"));
        time.Advance(DiscordWorker.MaxInteractionAge + TimeSpan.FromSeconds(1));
        await bot.PostInteractionAsync(InteractionBodies.Command("articles", "fresh-token"));
        release.SetResult();

        // One worker takes the queue in order, so the fresh answer comes after the stale work was handled.
        await discord.Requests.WaitForAsync(r => r.Is("PATCH", OriginalPath("fresh-token")));
        await bot.IdleAsync();
        Assert.Single(discord.Requests.Where(r => r.Is("PATCH", OriginalPath("held-token"))));
        // No answer for the stale one (no retrieval, no edit), only the "thinking…" replaced by a private note.
        Assert.Empty(discord.Requests.Where(r => r.Is("PATCH", OriginalPath("stale-token"))));
        Assert.Single(discord.Requests.Where(r => r.Is("DELETE", OriginalPath("stale-token"))));
        var note = Assert.Single(discord.Requests.Where(r => r.Is("POST", $"webhooks/{FakeDiscord.ApplicationId}/stale-token")));
        Assert.Equal(64, note.Json.GetProperty("flags").GetInt32());
        Assert.Contains("too busy", note.Json.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Contains(bot.Logs.Lines, l =>
            l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("Dropped a Discord Articles that waited 841 s", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FailedEdit_IsRetriedThenTheThinkingMessageMakesWayForAnEphemeralApology()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotHost.StartAsync(discord, settings: new Dictionary<string, string?> { ["Discord:MaxRetries"] = "1" });
        discord.FailNext("PATCH", "webhooks/", times: 2, status: 502);

        await bot.PostInteractionAsync(InteractionBodies.Command("ask", "fail-token", InteractionBodies.Option("question", "where did they meet?")));

        var followup = Assert.Single(await discord.Requests.WaitForAsync(r => r.Is("POST", $"webhooks/{FakeDiscord.ApplicationId}/fail-token")));
        Assert.Equal(64, followup.Json.GetProperty("flags").GetInt32());
        Assert.StartsWith("Sorry", followup.Json.GetProperty("content").GetString());
        Assert.Equal([502, 502], discord.Requests.Where(r => r.Is("PATCH", OriginalPath("fail-token"))).Select(r => r.Status));
        Assert.Single(discord.Requests.Where(r => r.Is("DELETE", OriginalPath("fail-token"))));
    }
}
