using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Answering;
using NewsBot.Slack.Tests.Fakes;
using NewsBot.Testing;

namespace NewsBot.Slack.Tests;

/// <summary>
/// Two hosts behind one Slack app (issue 14 item 8), over the Events API: separate bots on one PostgreSQL database
/// (one inbox), against one <see cref="FakeSlack"/>. Every assertion is about what Slack received: one placeholder and
/// one final answer per question, whichever host each delivery reached.
/// </summary>
[Collection(SlackPostgresCollection.Name)]
public sealed class SlackMultiHostTests(PostgresCluster cluster)
{
    internal const string Question = "where did they meet?";

    private static string Event(string eventId, string ts) => Payloads.Callback(eventId, Payloads.Mention(Question, ts: ts)).ToJsonString();

    [PostgresFact]
    public async Task The_same_event_sent_to_two_hosts_and_retried_3_s_later_gets_one_placeholder_and_one_answer()
    {
        await using var hosts = await SlackTwoHosts.StartAsync(cluster);
        var body = Event("EvBoth", "1700050000.000001");

        await hosts.PostToBothAsync("/slack/events", body);
        await Task.Delay(TimeSpan.FromSeconds(3));
        SlackTwoHosts.AssertAcknowledged(await hosts.First.PostSignedAsync("/slack/events", body, retryNum: "1"));

        await Eventually.TrueAsync(() => hosts.Slack.CallsTo("chat.update").Count >= 1, "the answer is written");
        await hosts.IdleAsync();
        var placeholder = Assert.Single(hosts.Slack.CallsTo("chat.postMessage"));
        Assert.Equal("1700050000.000001", placeholder.Str("thread_ts"));
        SlackEndToEndTests.AssertCitesSampleArticles(Assert.Single(hosts.Slack.CallsTo("chat.update")));
    }

    [PostgresFact]
    public async Task A_mentions_two_events_sent_to_different_hosts_get_one_answer()
    {
        // A DM that mentions the bot, so each host would answer its event on its own: only the shared key joins them.
        await using var hosts = await SlackTwoHosts.StartAsync(cluster);
        const string ts = "1700051000.000001";
        var mention = Payloads.Callback("EvTwinMention", Payloads.Mention(Question, ts: ts, channel: "D0DM0051")).ToJsonString();
        var message = Payloads.Callback("EvTwinMessage", Payloads.Message($"<@{FakeSlack.BotUserId}> {Question}", "D0DM0051", "im", ts: ts)).ToJsonString();

        SlackTwoHosts.AssertAcknowledged(await Task.WhenAll(
            hosts.First.PostSignedAsync("/slack/events", mention), hosts.Second.PostSignedAsync("/slack/events", message)));

        await Eventually.TrueAsync(() => hosts.Slack.CallsTo("chat.update").Count >= 1, "the answer is written");
        await hosts.IdleAsync();
        Assert.Single(hosts.Slack.CallsTo("chat.postMessage"));
        Assert.Single(hosts.Slack.CallsTo("chat.update"));
        Assert.Single(hosts.Slack.CallsTo("reactions.add"));
    }

    [PostgresFact]
    public async Task A_hundred_events_spread_over_two_hosts_each_with_a_copy_to_the_other_are_each_answered_exactly_once()
    {
        // Leases of 2 s, far shorter than the last questions wait in the queues: kept while they wait (SlackQueuedLeases).
        await using var hosts = await SlackTwoHosts.StartAsync(cluster);
        SlackBot[] both = [hosts.First, hosts.Second];
        var questions = Enumerable.Range(0, 100).Select(i => $"1700052000.{i:D6}").ToList();

        // Alternating; each event's retry reaches the other host at the same time, as a slow ack would make Slack send it.
        // A delivery a loaded machine could not keep (503) is retried as Slack retries it: still answered exactly once.
        await Task.WhenAll(questions.Select(async (ts, i) =>
        {
            var body = Event($"EvMany{i}", ts);
            SlackTwoHosts.AssertAcknowledged(await Task.WhenAll(
                SlackTwoHosts.DeliverAsync(both[i % 2], body),
                SlackTwoHosts.DeliverAsync(both[(i + 1) % 2], body, retryNum: 1)));
        }));

        await Eventually.TrueAsync(() => hosts.Slack.CallsTo("chat.update").Count >= 100, "a hundred answers", timeoutMs: 60_000,
            onTimeout: () => $"{hosts.Slack.CallsTo("chat.update").Count} answers");
        await hosts.IdleAsync();
        Assert.DoesNotContain(hosts.First.Logs.Lines.Concat(hosts.Second.Logs.Lines), l => l.Contains("Took over", StringComparison.Ordinal));
        var placeholders = hosts.Slack.CallsTo("chat.postMessage");
        Assert.Equal(questions, placeholders.Select(p => p.Str("thread_ts")!).Order(StringComparer.Ordinal));
        Assert.Equal(100, hosts.Slack.CallsTo("chat.update").Count);
        Assert.Equal(100, hosts.Slack.CallsTo("chat.update").Select(u => u.Str("ts")).Distinct().Count());
    }

    [PostgresFact]
    public async Task A_host_killed_mid_answer_is_taken_over_and_its_placeholder_edited_with_the_answer_not_posted_twice()
    {
        var held = new HeldAnswerWriter();
        await using var hosts = await SlackTwoHosts.StartAsync(cluster, first: s => s.AddSingleton<IAnswerWriter>(held));

        SlackTwoHosts.AssertAcknowledged(await hosts.First.PostSignedAsync("/slack/events", Event("EvKilled", "1700053000.000001")));
        await held.Started.Task.WaitAsync(TimeSpan.FromSeconds(20));
        var placeholder = Assert.Single(hosts.Slack.CallsTo("chat.postMessage"));
        Assert.Equal("Looking…", placeholder.Str("text"));
        await hosts.First.DisposeAsync();

        // Lease 2 s, polled every 0.2 s: the survivor takes it over within a few seconds.
        await Eventually.TrueAsync(() => hosts.Slack.CallsTo("chat.update").Count >= 1, "the survivor answers the dead host's question", timeoutMs: 15_000);
        await hosts.Second.IdleAsync();
        var answer = Assert.Single(hosts.Slack.CallsTo("chat.update"));
        // The fake's first ts: the dead host's placeholder, edited in place.
        Assert.Equal("1700000000.000001", answer.Str("ts"));
        SlackEndToEndTests.AssertCitesSampleArticles(answer);
        Assert.Contains(hosts.Second.Logs.Lines, l => l.Contains("Took over slack:T0TEST:C0TEST001:1700053000.000001", StringComparison.Ordinal));
        // Answered and marked so: nothing more comes of it after another lease.
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        Assert.Single(hosts.Slack.CallsTo("chat.postMessage"));
        Assert.Single(hosts.Slack.CallsTo("chat.update"));
        Assert.Single(hosts.Slack.CallsTo("reactions.add"));
    }

    [PostgresFact]
    public async Task A_question_waiting_in_a_busy_hosts_queue_longer_than_its_lease_stays_that_hosts_and_is_answered_once()
    {
        // One worker, held on the first question: the second waits in the queue for more than two leases.
        var held = new HeldAnswerWriter();
        await using var hosts = await SlackTwoHosts.StartAsync(cluster, first: s =>
        {
            s.AddSingleton<IAnswerWriter>(held);
            s.Configure<SlackOptions>(o => o.Workers = 1);
        });
        const string queued = "1700054000.000002";
        SlackTwoHosts.AssertAcknowledged(await hosts.First.PostSignedAsync("/slack/events", Event("EvHeld", "1700054000.000001")));
        await held.Started.Task.WaitAsync(TimeSpan.FromSeconds(20));
        SlackTwoHosts.AssertAcknowledged(await hosts.First.PostSignedAsync("/slack/events", Event("EvQueued", queued)));

        await Task.Delay(TimeSpan.FromSeconds(5));
        Assert.DoesNotContain(hosts.Slack.CallsTo("chat.postMessage"), p => p.Str("thread_ts") == queued);
        held.Release();
        await Eventually.TrueAsync(() => hosts.Slack.CallsTo("chat.update").Count >= 2, "both questions answered");
        await hosts.IdleAsync();

        Assert.DoesNotContain(hosts.First.Logs.Lines.Concat(hosts.Second.Logs.Lines), l => l.Contains("Took over", StringComparison.Ordinal));
        Assert.Single(hosts.Slack.CallsTo("chat.postMessage"), p => p.Str("thread_ts") == queued);
        Assert.Equal(2, hosts.Slack.CallsTo("chat.postMessage").Count);
        Assert.Equal(2, hosts.Slack.CallsTo("chat.update").Count);
    }
}
