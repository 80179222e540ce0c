using Microsoft.Extensions.Options;
using NewsBot.Core.Inbox;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.Inbox;

public sealed class InMemoryInboxTests
{
    [Fact]
    public async Task A_key_is_new_once_then_a_copy_until_the_keeping_time_has_passed()
    {
        var time = new ManualTimeProvider();
        var inbox = new InMemoryInbox(time, Options.Create(new InboxOptions { KeepHours = 1 }));

        Assert.True(await inbox.TryAddAsync(new InboxItem("slack:T1:C1:1.0", "slack", "{}"), default));
        Assert.False(await inbox.TryAddAsync(new InboxItem("slack:T1:C1:1.0", "slack", "{}"), default));
        time.Advance(TimeSpan.FromMinutes(61));
        Assert.True(await inbox.TryAddAsync(new InboxItem("slack:T1:C1:1.0", "slack", "{}"), default));
        Assert.False(inbox.Durable);
        Assert.Empty(await inbox.ClaimAbandonedAsync("slack", 10, default));
    }

    [Fact]
    public async Task A_reply_is_remembered_until_the_request_is_answered()
    {
        var inbox = new InMemoryInbox(TimeProvider.System, Options.Create(new InboxOptions()));
        await inbox.TryAddAsync(new InboxItem("k", "slack", "{}"), default);

        await inbox.SetReplyAsync("k", "1.2", default);
        Assert.Equal("1.2", await inbox.ReplyAsync("k", default));
        await inbox.CompleteAsync("k", default);

        Assert.Null(await inbox.ReplyAsync("k", default));
    }

    [Fact]
    public async Task A_flood_of_fresh_keys_stays_bounded()
    {
        var inbox = new InMemoryInbox(TimeProvider.System, Options.Create(new InboxOptions()));
        for (var i = 0; i <= InMemoryInbox.MaxKeys; i++)
            await inbox.TryAddAsync(new InboxItem("k" + i, "slack", ""), default);

        // The newest keys are still known; the oldest half made room.
        Assert.False(await inbox.TryAddAsync(new InboxItem("k" + InMemoryInbox.MaxKeys, "slack", ""), default));
        Assert.True(await inbox.TryAddAsync(new InboxItem("k0", "slack", ""), default));
    }
}
