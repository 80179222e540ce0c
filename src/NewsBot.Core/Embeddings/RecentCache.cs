using System.Collections.Concurrent;

namespace NewsBot.Core.Embeddings;

/// <summary>
/// A thread-safe string-keyed cache of about <c>capacity</c> entries that keeps what was used recently: entries live
/// in two generations of half the capacity each; when the current one fills, the older is dropped whole and a hit
/// there moves the entry forward. Unlike <see cref="Language.CappedCache{TValue}"/>, which stops taking entries when
/// full, it keeps up with new articles in a long-running bot, without the bookkeeping of a strict LRU.
/// </summary>
internal sealed class RecentCache<TValue>
{
    private readonly int _generationSize;
    private readonly Lock _turnover = new();
    private ConcurrentDictionary<string, TValue> _current = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, TValue> _previous = new(StringComparer.Ordinal);
    private int _currentCount;

    public RecentCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _generationSize = capacity == 0 ? 0 : Math.Max(1, capacity / 2);
    }

    /// <summary>Entries held now (both generations; an entry moving forward may be counted twice for a moment).</summary>
    public int Count => Volatile.Read(ref _current).Count + Volatile.Read(ref _previous).Count;

    public bool TryGet(string key, out TValue value)
    {
        if (Volatile.Read(ref _current).TryGetValue(key, out value!))
            return true;
        if (!Volatile.Read(ref _previous).TryGetValue(key, out value!))
            return false;
        Add(key, value);
        return true;
    }

    /// <summary>Caches the value in the current generation (a no-op with capacity 0 or when the key is there).</summary>
    public void Add(string key, TValue value)
    {
        if (_generationSize == 0 || !Volatile.Read(ref _current).TryAdd(key, value))
            return;
        if (Interlocked.Increment(ref _currentCount) < _generationSize)
            return;
        lock (_turnover)
        {
            // Another thread may have turned the generations over already.
            if (Volatile.Read(ref _currentCount) < _generationSize)
                return;
            Volatile.Write(ref _previous, _current);
            Volatile.Write(ref _current, new ConcurrentDictionary<string, TValue>(StringComparer.Ordinal));
            Volatile.Write(ref _currentCount, 0);
        }
    }
}
