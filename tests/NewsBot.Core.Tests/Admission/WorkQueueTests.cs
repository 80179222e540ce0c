using NewsBot.Core.Admission;

namespace NewsBot.Core.Tests.Admission;

public sealed class WorkQueueTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public void A_full_queue_refuses_at_once_instead_of_waiting()
    {
        var queue = new WorkQueue<int, string>(capacity: 2);

        Assert.True(queue.TryEnqueue(1));
        Assert.True(queue.TryEnqueue(2));
        Assert.False(queue.TryEnqueue(3));
    }

    [Fact]
    public void Notices_are_bounded_on_their_own()
    {
        var queue = new WorkQueue<int, string>(capacity: 1, noticeCapacity: 2);

        Assert.True(queue.TryEnqueue(1));
        Assert.True(queue.TryNotify("busy"));
        Assert.True(queue.TryNotify("busy"));
        Assert.False(queue.TryNotify("busy"));
    }

    [Fact]
    public async Task A_notice_is_sent_while_every_worker_is_busy()
    {
        var queue = new WorkQueue<int, string>(capacity: 4);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sent = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stop = new CancellationTokenSource();
        var drain = queue.DrainAsync(
            workers: 1,
            async (_, _) =>
            {
                started.TrySetResult();
                await release.Task;
            },
            (notice, _) =>
            {
                sent.TrySetResult(notice);
                return Task.CompletedTask;
            },
            stop.Token);

        queue.TryEnqueue(1);
        queue.TryEnqueue(2);
        await started.Task.WaitAsync(Bound);
        queue.TryNotify("busy");

        Assert.Equal("busy", await sent.Task.WaitAsync(Bound));
        release.SetResult();
        await stop.CancelAsync();
        await drain.WaitAsync(Bound);
    }

    [Fact]
    public async Task Workers_run_concurrently_and_drain_everything()
    {
        var queue = new WorkQueue<int, string>(capacity: 100);
        var done = 0;
        var running = 0;
        var peak = 0;
        using var stop = new CancellationTokenSource();
        var drain = queue.DrainAsync(
            workers: 3,
            async (_, _) =>
            {
                var now = Interlocked.Increment(ref running);
                InterlockedMax(ref peak, now);
                await Task.Delay(20);
                Interlocked.Decrement(ref running);
                Interlocked.Increment(ref done);
            },
            (_, _) => Task.CompletedTask,
            stop.Token);

        for (var i = 0; i < 30; i++)
            Assert.True(queue.TryEnqueue(i));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (Volatile.Read(ref done) < 30 && clock.Elapsed < Bound)
            await Task.Delay(10);

        Assert.Equal(30, Volatile.Read(ref done));
        Assert.True(Volatile.Read(ref peak) > 1, "more than one worker ran at a time");
        Assert.True(Volatile.Read(ref peak) <= 3, "no more than the configured workers");
        await stop.CancelAsync();
        await drain.WaitAsync(Bound);
    }

    [Fact]
    public async Task Pending_counts_queued_and_running_items_until_they_are_handled()
    {
        var queue = new WorkQueue<int, string>(capacity: 1, noticeCapacity: 1);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stop = new CancellationTokenSource();

        Assert.True(queue.TryEnqueue(1));
        Assert.False(queue.TryEnqueue(2));
        Assert.True(queue.TryNotify("busy"));
        Assert.Equal(2, queue.Pending);

        var drain = queue.DrainAsync(1, (_, _) => release.Task, (_, _) => Task.CompletedTask, stop.Token);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (queue.Pending > 1 && clock.Elapsed < Bound)
            await Task.Delay(10);
        Assert.Equal(1, queue.Pending); // the notice is sent; the work is still running

        release.SetResult();
        while (queue.Pending > 0 && clock.Elapsed < Bound)
            await Task.Delay(10);
        Assert.Equal(0, queue.Pending);
        await stop.CancelAsync();
        await drain.WaitAsync(Bound);
    }

    [Fact]
    public async Task Stopping_ends_the_drain_without_an_exception()
    {
        var queue = new WorkQueue<int, string>(capacity: 1);
        using var stop = new CancellationTokenSource();
        var drain = queue.DrainAsync(2, (_, _) => Task.CompletedTask, (_, _) => Task.CompletedTask, stop.Token);

        await stop.CancelAsync();

        await drain.WaitAsync(Bound);
        Assert.True(drain.IsCompletedSuccessfully);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    public void Capacities_below_one_are_rejected(int capacity, int noticeCapacity) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new WorkQueue<int, string>(capacity, noticeCapacity));

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
