using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Inbox;
using NewsBot.Core.Index;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.Inbox;

/// <summary>The lease is renewed while the answer runs, the request is marked answered after it, and left open at shutdown.</summary>
public sealed class InboxWorkTests
{
    [Fact]
    public async Task The_lease_is_renewed_every_third_of_its_length_while_the_answer_runs_then_the_request_is_answered()
    {
        var time = new ManualTimeProvider();
        var inbox = new RecordingInbox();
        var work = Work(inbox, time);
        var answering = new TaskCompletionSource();

        var run = work.RunAsync("k", _ => answering.Task, default);
        await time.WaitForTimersAsync();
        time.Advance(TimeSpan.FromSeconds(10));
        await Eventually.TrueAsync(() => inbox.Calls.Count(c => c == "renew k") == 1, "the first renewal");
        time.Advance(TimeSpan.FromSeconds(10));
        await Eventually.TrueAsync(() => inbox.Calls.Count(c => c == "renew k") == 2, "the second renewal");
        answering.SetResult();
        await run;

        Assert.Equal(["renew k", "renew k", "complete k"], inbox.Calls);
    }

    [Fact]
    public async Task A_database_outage_while_renewing_or_completing_does_not_fail_the_answer()
    {
        var time = new ManualTimeProvider();
        var inbox = new RecordingInbox { Unavailable = true };
        var answered = false;

        var run = Work(inbox, time).RunAsync("k", async _ =>
        {
            await time.WaitForTimersAsync();
            time.Advance(TimeSpan.FromSeconds(10));
            await Eventually.TrueAsync(() => inbox.Calls.Contains("renew k"), "a renewal attempt");
            answered = true;
        }, default);
        await run;

        Assert.True(answered);
        Assert.Contains("complete k", inbox.Calls);
    }

    [Fact]
    public async Task At_shutdown_the_request_is_left_open_for_another_host()
    {
        var inbox = new RecordingInbox();
        using var stop = new CancellationTokenSource();

        await Assert.ThrowsAsync<TaskCanceledException>(() => Work(inbox, new ManualTimeProvider()).RunAsync("k", async token =>
        {
            await stop.CancelAsync();
            await Task.Delay(Timeout.Infinite, token);
        }, stop.Token));

        Assert.DoesNotContain("complete k", inbox.Calls);
    }

    private static InboxWork Work(IInbox inbox, TimeProvider time) =>
        new(inbox, time, Options.Create(new InboxOptions { LeaseSeconds = 30 }), NullLogger<InboxWork>.Instance);

    /// <summary>A shared inbox as the worker sees it: records renewals and completions, or fails them as an unreachable server would.</summary>
    private sealed class RecordingInbox : IInbox
    {
        public ConcurrentQueue<string> Calls { get; } = new();
        public bool Unavailable { get; init; }
        public bool Durable => true;

        public ValueTask<bool> RenewAsync(string key, CancellationToken cancellationToken) => Record("renew " + key, true);
        public ValueTask CompleteAsync(string key, CancellationToken cancellationToken) => new(Record("complete " + key, true).AsTask());
        public ValueTask<IReadOnlySet<string>> RenewAllAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => throw new NotSupportedException();

        public ValueTask<bool> TryAddAsync(InboxItem item, CancellationToken cancellationToken) => throw new NotSupportedException();
        public ValueTask<IReadOnlyList<InboxItem>> ClaimAbandonedAsync(string platform, int max, CancellationToken cancellationToken) => throw new NotSupportedException();
        public ValueTask SetReplyAsync(string key, string reply, CancellationToken cancellationToken) => throw new NotSupportedException();
        public ValueTask<string?> ReplyAsync(string key, CancellationToken cancellationToken) => throw new NotSupportedException();

        private ValueTask<bool> Record(string call, bool result)
        {
            Calls.Enqueue(call);
            return Unavailable ? throw new CatalogUnavailableException("down", new IOException()) : ValueTask.FromResult(result);
        }
    }
}
