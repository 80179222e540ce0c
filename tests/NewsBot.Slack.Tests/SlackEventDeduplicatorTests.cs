using NewsBot.Slack.Events;
using NewsBot.Slack.Tests.Fakes;
using NewsBot.Testing;

namespace NewsBot.Slack.Tests;

public sealed class SlackEventDeduplicatorTests
{
    [Fact]
    public void An_event_id_counts_once_for_an_hour()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));
        var dedupe = new SlackEventDeduplicator(clock);

        Assert.True(dedupe.FirstTime("Ev1"));
        Assert.False(dedupe.FirstTime("Ev1"));
        Assert.True(dedupe.FirstTime("Ev2"));
        clock.Advance(TimeSpan.FromMinutes(59));
        Assert.False(dedupe.FirstTime("Ev1"));
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True(dedupe.FirstTime("Ev1"));
    }
}
