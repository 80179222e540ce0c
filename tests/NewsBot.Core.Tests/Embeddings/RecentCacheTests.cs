using NewsBot.Core.Embeddings;

namespace NewsBot.Core.Tests.Embeddings;

public sealed class RecentCacheTests
{
    [Fact]
    public void Stays_within_its_capacity_and_keeps_the_newest_entries()
    {
        var cache = new RecentCache<int>(capacity: 10);

        for (var i = 0; i < 100; i++)
            cache.Add($"k{i}", i);

        Assert.InRange(cache.Count, 1, 10);
        Assert.True(cache.TryGet("k99", out var newest));
        Assert.Equal(99, newest);
        Assert.False(cache.TryGet("k0", out _));
    }

    [Fact]
    public void An_entry_in_use_survives_while_others_come_and_go()
    {
        var cache = new RecentCache<int>(capacity: 4);
        cache.Add("kept", 1);

        for (var i = 0; i < 50; i++)
        {
            Assert.True(cache.TryGet("kept", out _), $"lost after {i} additions");
            cache.Add($"k{i}", i);
        }
    }

    [Fact]
    public void Capacity_zero_keeps_nothing()
    {
        var cache = new RecentCache<int>(capacity: 0);
        cache.Add("a", 1);

        Assert.False(cache.TryGet("a", out _));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task Concurrent_additions_stay_near_the_capacity()
    {
        var cache = new RecentCache<int>(capacity: 1_000);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < 5_000; i++)
            {
                cache.Add($"{t}:{i}", i);
                cache.TryGet($"{t}:{i / 2}", out _);
            }
        })));

        // A few additions racing a turnover may land in the generation being retired.
        Assert.InRange(cache.Count, 1, 1_000 + 8);
    }
}
