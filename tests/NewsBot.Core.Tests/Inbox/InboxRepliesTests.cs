using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Inbox;
using NewsBot.Core.Index;

namespace NewsBot.Core.Tests.Inbox;

/// <summary>A request's reply is kept on a best-effort basis: an unreachable inbox costs the re-run guarantee, never the answer.</summary>
public sealed class InboxRepliesTests
{
    [Fact]
    public async Task A_reply_recorded_is_found_and_an_unreachable_inbox_finds_none_without_failing()
    {
        var kept = new InboxReplies(new InMemoryInbox(TimeProvider.System, Options.Create(new InboxOptions())), NullLogger<InboxReplies>.Instance);
        await kept.RecordAsync("slack:T1:C1:1.0", "1.2", default);
        Assert.Equal("1.2", await kept.FindAsync("slack:T1:C1:1.0", default));

        var down = new InboxReplies(new UnreachableInbox(), NullLogger<InboxReplies>.Instance);
        await down.RecordAsync("slack:T1:C1:1.0", "1.2", default);
        Assert.Null(await down.FindAsync("slack:T1:C1:1.0", default));
    }

    /// <summary>A shared inbox whose server is down: every call fails as PostgreSQL's would.</summary>
    private sealed class UnreachableInbox : IInbox
    {
        public bool Durable => true;
        public ValueTask<bool> TryAddAsync(InboxItem item, CancellationToken cancellationToken) => throw Down();
        public ValueTask<bool> RenewAsync(string key, CancellationToken cancellationToken) => throw Down();
        public ValueTask<IReadOnlySet<string>> RenewAllAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => throw Down();
        public ValueTask CompleteAsync(string key, CancellationToken cancellationToken) => throw Down();
        public ValueTask<IReadOnlyList<InboxItem>> ClaimAbandonedAsync(string platform, int max, CancellationToken cancellationToken) => throw Down();
        public ValueTask SetReplyAsync(string key, string reply, CancellationToken cancellationToken) => throw Down();
        public ValueTask<string?> ReplyAsync(string key, CancellationToken cancellationToken) => throw Down();

        private static CatalogUnavailableException Down() => new("The PostgreSQL catalog cannot be reached now.", new IOException("refused"));
    }
}
