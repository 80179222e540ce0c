namespace NewsBot.Discord.Tests.Fakes;

/// <summary>A thread-safe record of what a fake received, with waits that complete as soon as enough has arrived.</summary>
public sealed class Recorder<T>
{
    private readonly List<T> _items = [];
    private readonly List<(Func<T, bool> Match, int Count, TaskCompletionSource<IReadOnlyList<T>> Done)> _waiters = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<T> Snapshot()
    {
        lock (_lock)
            return _items.ToList();
    }

    public IReadOnlyList<T> Where(Func<T, bool> match) => Snapshot().Where(match).ToList();

    public void Add(T item)
    {
        lock (_lock)
        {
            _items.Add(item);
            foreach (var waiter in _waiters.ToList())
            {
                var matches = _items.Where(waiter.Match).ToList();
                if (matches.Count >= waiter.Count)
                {
                    _waiters.Remove(waiter);
                    waiter.Done.TrySetResult(matches);
                }
            }
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> items match; fails the test after <paramref name="timeout"/> (default 10 s).</summary>
    public async Task<IReadOnlyList<T>> WaitForAsync(Func<T, bool> match, int count = 1, TimeSpan? timeout = null)
    {
        TaskCompletionSource<IReadOnlyList<T>> done;
        lock (_lock)
        {
            var matches = _items.Where(match).ToList();
            if (matches.Count >= count)
                return matches;
            done = new TaskCompletionSource<IReadOnlyList<T>>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, count, done));
        }
        try
        {
            return await done.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Waited for {count} matching item(s); have {Where(match).Count} of {Snapshot().Count} recorded: {string.Join("; ", Snapshot().TakeLast(5))}");
        }
    }
}
