using NewsBot.Core.Language;

namespace NewsBot.Core.Tests.Index;

public sealed class CappedCacheTests
{
    [Fact]
    public void Stops_growing_at_its_capacity_and_keeps_what_it_has()
    {
        var cache = new CappedCache<int>(capacity: 2);

        cache.Add("a", 1);
        cache.Add("a", 9); // already there: unchanged, not counted twice
        cache.Add("b", 2);
        cache.Add("c", 3);

        Assert.True(cache.IsFull);
        Assert.Equal(2, cache.Count);
        Assert.True(cache.TryGet("a", out var a));
        Assert.Equal(1, a);
        Assert.False(cache.TryGet("c", out _));
    }

    [Fact]
    public void A_span_finds_what_a_string_added()
    {
        var cache = new CappedCache<string>(capacity: 10);
        cache.Add("meeting", "meet");

        Assert.True(cache.TryGet("the meeting".AsSpan(4), out var stem));
        Assert.Equal("meet", stem);
    }

    [Fact]
    public async Task Concurrent_additions_never_pass_the_capacity()
    {
        var cache = new CappedCache<int>(capacity: 1_000);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < 5_000; i++)
                cache.Add($"{t}-{i}", i);
        })));

        Assert.InRange(cache.Count, 1_000, 1_000 + 3); // each racing thread may add one past the check
    }
}
