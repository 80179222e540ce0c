using System.Net;
using System.Text;
using System.Text.Json;
using NewsBot.Discord.Commands;
using NewsBot.Discord.Rest;
using NewsBot.Discord.Tests.Fakes;
using NewsBot.Testing;

namespace NewsBot.Discord.Tests.Conformance;

/// <summary>The documented 429 responses and rate-limit headers through our rate-limit code; the composed command set against ours.</summary>
public sealed class RestFixtureTests
{
    private const string Folder = DiscordFixtures.Folder + "/rest";
    private static readonly Uri Base = new("https://discord.com/api/v10/");

    private static HttpResponseMessage Response(JsonElement fixture)
    {
        var response = new HttpResponseMessage((HttpStatusCode)fixture.GetProperty("status").GetInt32())
        {
            Content = new StringContent(fixture.GetProperty("body").GetRawText(), Encoding.UTF8, "application/json"),
        };
        foreach (var header in fixture.GetProperty("headers").EnumerateObject().Where(h => h.Name != "Content-Type"))
            response.Headers.TryAddWithoutValidation(header.Name, header.Value.GetString());
        return response;
    }

    [SharedDataTheory(Folder)]
    [InlineData("rate_limit_429.user.docs.json", 64.57, false)]
    [InlineData("rate_limit_429.shared.docs.json", 1336.57, false)]
    [InlineData("rate_limit_429.global.docs.json", 64.57, true)]
    public async Task RateLimit429_WaitAndScopeAreRead(string file, double seconds, bool global)
    {
        using var response = Response(DiscordFixtures.Json($"rest/{file}"));
        var (wait, isGlobal) = await RateLimitHandler.RetryAfterAsync(response, CancellationToken.None);
        Assert.Equal(seconds, wait.TotalSeconds, precision: 2);
        Assert.Equal(global, isGlobal);
    }

    [SharedDataFact(Folder)]
    public async Task SuccessHeaders_EmptyBucketHoldsTheRouteButNotOtherChannels()
    {
        // Virtual time: a loaded CI machine can stall longer than the bucket's 1 s reset, so real time made this flaky.
        var time = new ManualTimeProvider();
        var state = new RateLimitState(time);
        var route = RouteKey.For(HttpMethod.Post, new Uri(Base, "channels/1/messages"), Base);
        using var response = new HttpResponseMessage(HttpStatusCode.OK);
        foreach (var header in DiscordFixtures.Json("rest/rate_limit_headers.success.docs.json").EnumerateObject())
            response.Headers.TryAddWithoutValidation(header.Name, header.Value.GetString());

        state.Update(route, response.Headers); // Remaining 0, Reset-After 1 s

        var held = state.WaitForSlotAsync(route, CancellationToken.None);
        await time.WaitForTimersAsync();
        Assert.Equal(TimeSpan.FromSeconds(1), time.UntilNextTimer());
        Assert.False(held.IsCompleted);

        var otherChannel = state.WaitForSlotAsync(RouteKey.For(HttpMethod.Post, new Uri(Base, "channels/2/messages"), Base), CancellationToken.None);
        Assert.True(otherChannel.IsCompletedSuccessfully);

        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(held.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await held.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [SharedDataFact(DiscordFixtures.Folder + "/commands")]
    public void CommandSet_MatchesTheComposedAskAndArticleCommands()
    {
        var ours = JsonSerializer.SerializeToElement(DiscordCommandSet.Build(global: true, maxQuestionChars: 1000), DiscordJson.Options)
            .EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        foreach (var command in DiscordFixtures.Json("commands/bot_commands.bulk_overwrite.composed.json").EnumerateArray())
        {
            var name = command.GetProperty("name").GetString()!;
            if (name == "articles")
                continue; // ours pages with page + filter instead of the fixture's limit
            Assert.True(DiscordFixtures.HasShapeOf(ours[name], command), $"/{name} differs from the composed fixture");
            Assert.Equal(command.GetProperty("options").GetRawText().Contains("\"autocomplete\": true", StringComparison.Ordinal),
                ours[name].GetProperty("options")[0].TryGetProperty("autocomplete", out _));
        }
    }
}
