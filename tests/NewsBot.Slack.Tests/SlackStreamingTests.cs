using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Answering;
using NewsBot.Slack.Tests.Fakes;
using NewsBot.Testing;

namespace NewsBot.Slack.Tests;

public sealed class SlackStreamingTests
{
    private static readonly TimeSpan PerWord = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Streams the real extractive answer word by word, moving the injected clock 250 ms per word, the way a chat
    /// model's tokens arrive; the final reply is the real one.
    /// </summary>
    private sealed class WordByWordWriter(ExtractiveAnswerWriter inner, ManualTimeProvider clock) : IAnswerWriter
    {
        public int Words { get; private set; }

        public async IAsyncEnumerable<AnswerUpdate> WriteAsync(AnswerRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await foreach (var update in inner.WriteAsync(request, cancellationToken))
            {
                if (update.Final is not { } final)
                    continue;
                foreach (var word in final.Answer.Split(' '))
                {
                    clock.Advance(PerWord);
                    Words++;
                    yield return AnswerUpdate.Text(word + " ");
                }
                yield return update;
            }
        }
    }

    [Fact]
    public async Task A_streamed_answer_is_edited_in_place_at_most_once_a_second_then_replaced_by_the_cited_reply()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        WordByWordWriter? writer = null;
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack, services: s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.AddSingleton<IAnswerWriter>(sp => writer = new WordByWordWriter(sp.GetRequiredService<ExtractiveAnswerWriter>(), clock));
        });

        // The signature window is checked against the injected clock, so sign with its time.
        await bot.PostSignedAsync("/slack/events", Payloads.Callback("EvStream", Payloads.Mention("where did they meet?", ts: "1700020000.000001")).ToJsonString(),
            timestamp: clock.GetUtcNow().ToUnixTimeSeconds());

        await Eventually.TrueAsync(() => slack.CallsTo("chat.update").Any(u => u.BlocksJson.Contains("context")), "the final reply is written");
        var updates = slack.CallsTo("chat.update");
        var partials = updates.Take(updates.Count - 1).ToList();
        var allowed = (int)(writer!.Words * PerWord / TimeSpan.FromSeconds(1));
        Assert.True(writer.Words >= 8, $"answer long enough to stream ({writer.Words} words)");
        Assert.InRange(partials.Count, 1, allowed);
        Assert.All(partials, p => Assert.EndsWith(" …", p.Str("text")));
        Assert.All(updates, u => Assert.Equal("1700000000.000001", u.Str("ts")));
        SlackEndToEndTests.AssertCitesSampleArticles(updates[^1]);
    }

    [Fact]
    public async Task A_rate_limited_streaming_edit_is_skipped_not_retried_and_the_answer_still_arrives()
    {
        // The clock moves only as words arrive: a streaming edit that waited out Retry-After on it would never return,
        // and the stream, held behind it, would never finish.
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var slack = await FakeSlack.StartAsync();
        slack.Script("chat.update", new FakeSlackResponse(429, """{"ok":false,"error":"ratelimited"}""", RetryAfter: TimeSpan.FromSeconds(30)));
        await using var bot = await SlackBot.StartAsync(slack, services: s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.AddSingleton<IAnswerWriter>(sp => new WordByWordWriter(sp.GetRequiredService<ExtractiveAnswerWriter>(), clock));
        });

        await bot.PostSignedAsync("/slack/events", Payloads.Callback("EvStream429", Payloads.Mention("where did they meet?", ts: "1700020001.000001")).ToJsonString(),
            timestamp: clock.GetUtcNow().ToUnixTimeSeconds());

        await Eventually.TrueAsync(() => slack.CallsTo("chat.update").Any(u => u.BlocksJson.Contains("context")), "the final reply is written");
        var updates = slack.CallsTo("chat.update");
        SlackEndToEndTests.AssertCitesSampleArticles(updates[^1]);
        // The refused partial edit was tried once: the next edit carries more text (or is the final reply).
        Assert.NotEqual(updates[0].Str("text"), updates[1].Str("text"));
    }
}
