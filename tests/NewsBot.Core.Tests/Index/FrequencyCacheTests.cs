using NewsBot.Core.Index;

namespace NewsBot.Core.Tests.Index;

/// <summary>Counted document frequencies outlive a statistics refresh only on a large index that barely changed.</summary>
public sealed class FrequencyCacheTests
{
    [Theory]
    [InlineData(1_000_000, 1_000_000, 1, true)]
    [InlineData(1_000_000, 1_009_000, 1, true)]
    [InlineData(1_000_000, 991_000, 1, true)]
    [InlineData(1_000_000, 1_011_000, 1, false)]
    [InlineData(1_000_000, 1_000_000, 11, false)]
    [InlineData(5_000, 5_000, 1, false)]
    public void CanServe_OnlyALargeIndexWithin1PercentAndTenMinutes(long started, long now, int minutes, bool expected) =>
        Assert.Equal(expected, new FrequencyCache(started, 0).CanServe(now, TimeSpan.FromMinutes(minutes)));
}
