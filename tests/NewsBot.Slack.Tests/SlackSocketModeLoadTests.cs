using System.Collections.Concurrent;
using NewsBot.Slack.Tests.Fakes;
using NewsBot.Testing;

namespace NewsBot.Slack.Tests;

/// <summary>A bounded load test on loopback: 200 mentions within 10 s over one Socket Mode connection.</summary>
public sealed class SlackSocketModeLoadTests
{
    private const int Mentions = 200;

    [Fact]
    public async Task Two_hundred_mentions_are_each_acked_within_three_seconds_and_answered_exactly_once()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack, socketMode: true, http: false);
        var socket = await slack.NextConnectionAsync();
        var sent = new ConcurrentDictionary<string, DateTimeOffset>();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // 200 users asking once each, paced at about 40 a second.
        for (var i = 0; i < Mentions; i++)
        {
            var ts = $"1700005000.{i:D6}";
            var envelope = Payloads.Envelope($"load-{i}", Payloads.Callback($"EvLoad{i}",
                Payloads.Mention(i % 2 == 0 ? "where did they meet?" : "who met in Delhi?", ts: ts, user: $"ULOAD{i:D4}")));
            sent[$"load-{i}"] = DateTimeOffset.UtcNow;
            await socket.SendAsync(envelope);
            if (i % 20 == 19)
                await Task.Delay(450);
        }
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "all mentions were sent within 10 s");

        await Eventually.TrueAsync(() => slack.SocketReceived.Count >= Mentions, "every envelope acked", timeoutMs: 10_000);
        await Eventually.TrueAsync(() => slack.CallsTo("chat.update").Count >= Mentions, "every question answered", timeoutMs: 20_000);
        await bot.IdleAsync();

        var acks = slack.SocketReceived.GroupBy(a => a.Message["envelope_id"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(Mentions, acks.Count);
        foreach (var (id, at) in sent)
        {
            var ack = Assert.Single(acks[id]);
            Assert.True(ack.At - at < TimeSpan.FromSeconds(3), $"{id} acked after {(ack.At - at).TotalMilliseconds} ms");
        }
        var placeholders = slack.CallsTo("chat.postMessage").Where(p => p.Str("text") == "Looking…").ToList();
        Assert.Equal(Mentions, placeholders.Count);
        Assert.Equal(Mentions, placeholders.Select(p => p.Str("thread_ts")).Distinct().Count());
        Assert.Equal(Mentions, slack.CallsTo("chat.update").Count);
        Assert.DoesNotContain(slack.CallsTo("chat.update"), u => u.Str("text")!.StartsWith("Sorry", StringComparison.Ordinal));
    }
}
