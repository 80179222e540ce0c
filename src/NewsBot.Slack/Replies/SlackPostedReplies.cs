using Microsoft.Extensions.Logging;
using NewsBot.Core.Inbox;
using NewsBot.Core.Index;

namespace NewsBot.Slack.Replies;

/// <summary>
/// Where a request's reply went, kept with the request in the inbox: a host that takes the request over (its first host
/// died mid-answer) edits that message instead of posting a second one. A store that cannot be reached costs only
/// that guarantee: the answer still goes out, and the miss is logged.
/// </summary>
internal sealed class SlackPostedReplies(IInbox inbox, ILogger<SlackPostedReplies> logger)
{
    /// <summary>What <see cref="FindAsync"/> returns for a slash command answered through its <c>response_url</c>.</summary>
    public const string Responded = "response_url";

    /// <summary>The reply recorded for the request (a message <c>ts</c>, or <see cref="Responded"/>), or null.</summary>
    public async ValueTask<string?> FindAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await inbox.ReplyAsync(key, cancellationToken);
        }
        catch (CatalogUnavailableException e)
        {
            SlackLog.ReplyNotKept(logger, "look up", key, e.InnerException?.Message ?? e.Message);
            return null;
        }
    }

    public async ValueTask RecordAsync(string key, string reply, CancellationToken cancellationToken)
    {
        try
        {
            await inbox.SetReplyAsync(key, reply, cancellationToken);
        }
        catch (CatalogUnavailableException e)
        {
            SlackLog.ReplyNotKept(logger, "record", key, e.InnerException?.Message ?? e.Message);
        }
    }
}
