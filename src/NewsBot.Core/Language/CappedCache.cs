using System.Collections.Concurrent;

namespace NewsBot.Core.Language;

/// <summary>
/// A thread-safe string-keyed cache that stops growing at <c>capacity</c> entries (what is cached stays; what
/// comes later is computed every time). Additions are counted separately: <see cref="ConcurrentDictionary{TKey,TValue}.Count"/>
/// takes every lock, and a full cache would otherwise pay that on each miss.
/// </summary>
internal sealed class CappedCache<TValue>
{
    private readonly int _capacity;
    private readonly ConcurrentDictionary<string, TValue> _items = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private int _count;

    public CappedCache(int capacity)
    {
        _capacity = capacity;
        _bySpan = _items.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool IsFull => Volatile.Read(ref _count) >= _capacity;

    public int Count => Volatile.Read(ref _count);

    public bool TryGet(string key, out TValue value) => _items.TryGetValue(key, out value!);

    /// <summary>Looks a key up without allocating a string for it.</summary>
    public bool TryGet(ReadOnlySpan<char> key, out TValue value) =>
        _bySpan.TryGetValue(key, out value!);

    /// <summary>Caches the value unless the key is there already or the cache is full.</summary>
    public void Add(string key, TValue value)
    {
        if (!IsFull && _items.TryAdd(key, value))
            Interlocked.Increment(ref _count);
    }
}
