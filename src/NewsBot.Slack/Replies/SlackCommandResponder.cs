using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Commands;
using NewsBot.Core.Inbox;
using NewsBot.Slack.Queue;
using NewsBot.Slack.WebApi;

namespace NewsBot.Slack.Replies;

/// <summary>
/// Answers a queued slash command through its <c>response_url</c>; <c>/ask</c> in the channel when configured. Each
/// POST there is a new message (<c>replace_original</c> is for interactive messages, not a command's replies), so a
/// host that takes the command over after a crash answers only if no answer was recorded as sent.
/// </summary>
internal sealed class SlackCommandResponder(
    SlackApiClient api,
    SlackCommandRunner runner,
    InboxReplies replies,
    IOptions<SlackOptions> options,
    ILogger<SlackCommandResponder> logger)
{
    /// <summary>The reply recorded for a slash command answered through its <c>response_url</c>.</summary>
    public const string Responded = "response_url";

    private readonly SlackOptions _options = options.Value;

    public async Task RespondAsync(SlackCommandJob job, CancellationToken cancellationToken)
    {
        if (await replies.FindAsync(job.Key, cancellationToken) is not null)
        {
            SlackLog.AlreadyResponded(logger, job.Key);
            return;
        }
        // One conversation per user and channel, so a second /ask can be a follow-up.
        var message = await runner.RunAsync(job.Command, $"slack:{job.Channel}:{job.User}", job.SlashCommand, cancellationToken);
        var inChannel = job.Command.Kind == CommandKind.Ask && _options.AskInChannel;
        await api.RespondAsync(job.ResponseUrl, message, inChannel, cancellationToken);
        // Left open: a host dying between the POST and this line re-sends the answer (a moment's window, not a lost answer).
        await replies.RecordAsync(job.Key, Responded, cancellationToken);
    }
}
