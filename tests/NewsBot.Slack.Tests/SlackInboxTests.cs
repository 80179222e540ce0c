using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Commands;
using NewsBot.Core.Inbox;
using NewsBot.Slack.Commands;
using NewsBot.Slack.Events;
using NewsBot.Slack.Queue;
using NewsBot.Slack.Replies;
using NewsBot.Slack.Tests.Fakes;
using NewsBot.Testing;

namespace NewsBot.Slack.Tests;

/// <summary>
/// The inbox on one host (the default, in memory): one answer per request key, and replies that a re-run edits instead
/// of posting again. The shared inbox (several hosts, PostgreSQL) is in <see cref="SlackMultiHostTests"/>.
/// </summary>
public sealed class SlackInboxTests
{
    private const string Team = "T0TEST";

    [Fact]
    public void Jobs_come_back_whole_from_their_inbox_payload()
    {
        SlackJob thread = new SlackThreadJob("U1", "slack:T:C:1.2", "C1", "1.1", "1.2", new BotCommand(CommandKind.Ask, "where?"), "slack:C1:1.1");
        SlackJob command = new SlackCommandJob("U1", "slack:T:command:9", "C1", new BotCommand(CommandKind.Articles, "ukraine", 2),
            new Uri("https://hooks.slack.com/commands/T/1/x"), "/articles");

        Assert.Equal(thread, SlackJob.FromPayload(thread.ToPayload()));
        Assert.Equal(command, SlackJob.FromPayload(command.ToPayload()));
    }

    [Fact]
    public void A_slash_command_without_a_trigger_id_is_keyed_by_its_response_url_hashed_never_by_its_text()
    {
        static SlashCommand Slash(string url, string trigger = "") =>
            new("/ask", "where?", "U1", "C1", new Uri(url), Team, trigger);

        var one = Slash("https://hooks.slack.com/commands/T/1/secret-one").InboxKey;
        var other = Slash("https://hooks.slack.com/commands/T/2/secret-two").InboxKey;

        Assert.Equal("slack:T0TEST:command:398738663015.47445629121.803a", Slash("https://x.test/", "398738663015.47445629121.803a").InboxKey);
        Assert.NotEqual(one, other);
        Assert.DoesNotContain("secret", one, StringComparison.Ordinal);
        Assert.StartsWith("slack:T0TEST:command:url-", one, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mentions_two_events_for_one_message_are_answered_once()
    {
        // Both events would be answered on their own (a DM that mentions the bot): only the key makes them one request.
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack, ingest: false);
        const string ts = "1700040000.000001";
        var mention = Payloads.Mention("where did they meet?", ts: ts, channel: "D0DM0040");
        var message = Payloads.Message($"<@{FakeSlack.BotUserId}> where did they meet?", "D0DM0040", "im", ts: ts);

        using var first = await bot.PostSignedAsync("/slack/events", Payloads.Callback("EvTwinA", mention).ToJsonString());
        using var second = await bot.PostSignedAsync("/slack/events", Payloads.Callback("EvTwinB", message).ToJsonString());

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await Eventually.TrueAsync(() => slack.CallsTo("chat.update").Count == 1, "the answer is written");
        await bot.IdleAsync();
        Assert.Single(slack.CallsTo("chat.postMessage"));
        Assert.Contains(bot.Logs.Lines, l => l.Contains($"slack:{Team}:D0DM0040:{ts} already recorded", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_request_whose_placeholder_was_recorded_is_answered_by_editing_it_without_a_new_post_or_reaction()
    {
        // As a host taking a request over finds it: "Looking…" posted (ts recorded) by the host that died answering.
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack);
        const string ts = "1700041000.000001", placeholder = "1699999999.000001";
        await bot.Services.GetRequiredService<IInbox>().SetReplyAsync(SlackEventRouter.InboxKey(Team, Payloads.Channel, ts), placeholder, CancellationToken.None);

        await bot.PostSignedAsync("/slack/events", Payloads.Callback("EvRerun", Payloads.Mention("where did they meet?", ts: ts)).ToJsonString());

        await Eventually.TrueAsync(() => slack.CallsTo("chat.update").Count == 1, "the answer is written");
        await bot.IdleAsync();
        var update = slack.CallsTo("chat.update").Single();
        Assert.Equal(placeholder, update.Str("ts"));
        SlackEndToEndTests.AssertCitesSampleArticles(update);
        Assert.Empty(slack.CallsTo("chat.postMessage"));
        Assert.Empty(slack.CallsTo("reactions.add"));
    }

    [Fact]
    public async Task A_slash_command_delivered_twice_is_answered_once_and_one_recorded_as_answered_is_not_answered_again()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack, ingest: false);
        var twice = Payloads.SlashForm("/articles", "", slack.ResponseUrl("twice"), triggerId: "100.1.twice");
        const string answeredTrigger = "100.2.answered";
        await bot.Services.GetRequiredService<IInbox>().SetReplyAsync($"slack:{Team}:command:{answeredTrigger}", SlackCommandResponder.Responded, CancellationToken.None);

        using var first = await bot.PostSignedAsync("/slack/commands", twice, "application/x-www-form-urlencoded");
        using var again = await bot.PostSignedAsync("/slack/commands", twice, "application/x-www-form-urlencoded");
        using var answered = await bot.PostSignedAsync("/slack/commands",
            Payloads.SlashForm("/articles", "", slack.ResponseUrl("answered"), triggerId: answeredTrigger), "application/x-www-form-urlencoded");

        Assert.All(new[] { first, again, answered }, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await Eventually.TrueAsync(() => slack.CallsTo("response_url:twice").Count == 1, "the command is answered");
        await bot.IdleAsync();
        Assert.Single(slack.CallsTo("response_url:twice"));
        Assert.Empty(slack.CallsTo("response_url:answered"));
    }
}
