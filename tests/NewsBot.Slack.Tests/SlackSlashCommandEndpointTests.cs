using System.Net;
using System.Text.Json.Nodes;
using NewsBot.Slack.Tests.Fakes;
using NewsBot.Testing;

namespace NewsBot.Slack.Tests;

/// <summary>Slash commands over HTTP: what the immediate acknowledgement says, and where the answer goes.</summary>
public sealed class SlackSlashCommandEndpointTests
{
    private static async Task<JsonNode?> AckAsync(SlackBot bot, string command, string text, Uri responseUrl, string channel = Payloads.Channel)
    {
        using var response = await bot.PostSignedAsync("/slack/commands", Payloads.SlashForm(command, text, responseUrl, channel), "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        return body.Length == 0 ? null : JsonNode.Parse(body);
    }

    [Fact]
    public async Task Ask_answers_only_the_asker_when_ask_in_channel_is_off()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack, ingest: false, settings: new Dictionary<string, string?> { ["Slack:AskInChannel"] = "false" });

        await AckAsync(bot, "/ask", "where did they meet?", slack.ResponseUrl("private"));

        await Eventually.TrueAsync(() => slack.CallsTo("response_url:private").Count == 1, "answered");
        Assert.Equal("ephemeral", slack.CallsTo("response_url:private").Single().Str("response_type"));
    }

    [Fact]
    public async Task Refusals_and_usage_errors_are_the_ephemeral_acknowledgement_and_queue_nothing()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack, ingest: false, settings: new Dictionary<string, string?>
        {
            ["Slack:UserRequestsPerMinute"] = "1",
            ["Slack:AllowedChannels:0"] = Payloads.Channel,
            ["Slack:ArticlesCommand"] = "/news",
        });

        var first = await AckAsync(bot, "/news", "", slack.ResponseUrl("first"));
        var limited = await AckAsync(bot, "/news", "2", slack.ResponseUrl("limited"));
        var elsewhere = await AckAsync(bot, "/ask", "where?", slack.ResponseUrl("elsewhere"), channel: "C0NOTALLOWED");
        var usage = await AckAsync(bot, "/ask", "", slack.ResponseUrl("usage"));
        var unknown = await AckAsync(bot, "/articles", "", slack.ResponseUrl("unknown"));

        Assert.Null(first);
        Assert.Contains("faster than I can keep up", limited!["text"]!.GetValue<string>());
        Assert.Contains("don't answer in this channel", elsewhere!["text"]!.GetValue<string>());
        Assert.Contains("Usage", usage!["text"]!.GetValue<string>());
        Assert.Contains("don't know the command /articles", unknown!["text"]!.GetValue<string>());
        Assert.All(new[] { limited, elsewhere, usage, unknown }, a => Assert.Equal("ephemeral", a!["response_type"]!.GetValue<string>()));
        await Eventually.TrueAsync(() => slack.CallsTo("response_url:first").Count == 1, "the allowed command is answered");
        await bot.IdleAsync();
        Assert.Single(slack.Calls, c => c.Method.StartsWith("response_url:", StringComparison.Ordinal));
    }
}
