using Microsoft.Extensions.Options;
using NewsBot.Core.Commands;
using NewsBot.Slack.Queue;
using NewsBot.Slack.WebApi;

namespace NewsBot.Slack.Replies;

/// <summary>Answers a queued slash command through its <c>response_url</c>; <c>/ask</c> in the channel when configured.</summary>
internal sealed class SlackCommandResponder(SlackApiClient api, SlackCommandRunner runner, IOptions<SlackOptions> options)
{
    private readonly SlackOptions _options = options.Value;

    public async Task RespondAsync(SlackCommandJob job, CancellationToken cancellationToken)
    {
        // One conversation per user and channel, so a second /ask can be a follow-up.
        var message = await runner.RunAsync(job.Command, $"slack:{job.Channel}:{job.User}", job.SlashCommand, cancellationToken);
        var inChannel = job.Command.Kind == CommandKind.Ask && _options.AskInChannel;
        await api.RespondAsync(job.ResponseUrl, message, inChannel, cancellationToken);
    }
}
