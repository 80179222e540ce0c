using NewsBot.Core.Admission;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.Admission;

public sealed class LogSamplerTests
{
    [Fact]
    public void One_line_per_interval_then_the_count_of_those_held_back()
    {
        var clock = new ManualTimeProvider();
        var sampler = new LogSampler(clock, TimeSpan.FromMinutes(1));

        Assert.True(sampler.ShouldLog(out var first));
        var logged = Enumerable.Range(0, 99).Count(_ => sampler.ShouldLog(out _));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(sampler.ShouldLog(out var later));

        Assert.Equal(0, first);
        Assert.Equal(0, logged);
        Assert.Equal(99, later);
    }

    [Fact]
    public void Threads_together_let_exactly_one_line_through()
    {
        var sampler = new LogSampler(new ManualTimeProvider(), TimeSpan.FromMinutes(1));

        var logged = 0;
        Parallel.For(0, 1_000, _ =>
        {
            if (sampler.ShouldLog(out _))
                Interlocked.Increment(ref logged);
        });

        Assert.Equal(1, logged);
    }
}
