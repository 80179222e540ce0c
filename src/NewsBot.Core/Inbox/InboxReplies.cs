using Microsoft.Extensions.Logging;
using NewsBot.Core.Index;

namespace NewsBot.Core.Inbox;

/// <summary>
/// The reply kept with a request in the inbox (a Slack message <c>ts</c>, a command answered, the follow-ups sent), read
/// and written on a best-effort basis: a host that takes the request over uses it to edit or skip what was posted
/// instead of posting it again. An inbox that cannot be reached costs only that guarantee: the answer still goes out,
/// and the miss is logged. Shared by the front ends.
/// </summary>
public sealed class InboxReplies(IInbox inbox, ILogger<InboxReplies> logger)
{
    /// <summary>The reply recorded for the request, or null when none was (or the inbox cannot be reached).</summary>
    public async ValueTask<string?> FindAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await inbox.ReplyAsync(key, cancellationToken);
        }
        catch (CatalogUnavailableException e)
        {
            InboxLog.ReplyNotKept(logger, "look up", key, e.InnerException?.Message ?? e.Message);
            return null;
        }
    }

    /// <summary>Records the reply; when the inbox cannot be reached, logs it and goes on.</summary>
    public async ValueTask RecordAsync(string key, string reply, CancellationToken cancellationToken)
    {
        try
        {
            await inbox.SetReplyAsync(key, reply, cancellationToken);
        }
        catch (CatalogUnavailableException e)
        {
            InboxLog.ReplyNotKept(logger, "record", key, e.InnerException?.Message ?? e.Message);
        }
    }
}
