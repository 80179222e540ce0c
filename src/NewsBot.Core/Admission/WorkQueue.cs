using System.Threading.Channels;

namespace NewsBot.Core.Admission;

/// <summary>
/// A chat front end's bounded queue between "acknowledged" and "answered". A full queue refuses at once (the caller
/// tells the person the bot is busy) instead of dropping work silently. Notices ("busy", "slow down") have their own
/// small queue and one sender, so a notice never waits behind the questions it refuses and a flood of them cannot
/// pile up unbounded send tasks: past <see cref="NoticeCapacity"/> they are refused and the caller logs it.
/// </summary>
/// <typeparam name="TWork">A question or command waiting for a worker.</typeparam>
/// <typeparam name="TNotice">A short reply that is not an answer.</typeparam>
public sealed class WorkQueue<TWork, TNotice>
{
    /// <summary>Default room for notices waiting to be sent.</summary>
    public const int NoticeCapacity = 256;

    private readonly Channel<TWork> _work;
    private readonly Channel<TNotice> _notices;
    private int _pending;

    public WorkQueue(int capacity, int noticeCapacity = NoticeCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(noticeCapacity, 1);
        _work = Channel.CreateBounded<TWork>(new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.Wait });
        _notices = Channel.CreateBounded<TNotice>(new BoundedChannelOptions(noticeCapacity) { FullMode = BoundedChannelFullMode.Wait });
    }

    /// <summary>Work and notices queued or being handled; zero when the front end is idle.</summary>
    public int Pending => Volatile.Read(ref _pending);

    /// <summary>False when the queue is full: the caller tells the person the bot is busy.</summary>
    public bool TryEnqueue(TWork work) => TryWrite(_work.Writer, work);

    /// <summary>False when too many notices are already waiting: the caller logs that this one was dropped.</summary>
    public bool TryNotify(TNotice notice) => TryWrite(_notices.Writer, notice);

    private bool TryWrite<T>(ChannelWriter<T> writer, T item)
    {
        Interlocked.Increment(ref _pending);
        if (writer.TryWrite(item))
            return true;
        Interlocked.Decrement(ref _pending);
        return false;
    }

    /// <summary>
    /// Runs <paramref name="workers"/> consumers of the work and one sender of notices until <paramref name="stop"/>.
    /// The handlers are each front end's edge: they catch and report their own failures.
    /// </summary>
    public Task DrainAsync(
        int workers,
        Func<TWork, CancellationToken, Task> handleWork,
        Func<TNotice, CancellationToken, Task> handleNotice,
        CancellationToken stop)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        return Task.WhenAll(Enumerable.Range(0, workers)
            .Select(_ => ConsumeAsync(_work.Reader, handleWork, stop))
            .Append(ConsumeAsync(_notices.Reader, handleNotice, stop)));
    }

    private async Task ConsumeAsync<T>(ChannelReader<T> reader, Func<T, CancellationToken, Task> handle, CancellationToken stop)
    {
        await Task.Yield();
        try
        {
            await foreach (var item in reader.ReadAllAsync(stop))
            {
                try
                {
                    await handle(item, stop);
                }
                finally
                {
                    Interlocked.Decrement(ref _pending);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Shutting down: what is still queued is abandoned (each handler logs work it was in the middle of).
        }
    }
}
