using Microsoft.Extensions.Options;
using NewsBot.Core.Commands;
using NewsBot.Slack.Queue;
using NewsBot.Slack.Rendering;
using NewsBot.Slack.WebApi;

namespace NewsBot.Slack.Replies;

/// <summary>Answers a queued slash command through its <c>response_url</c>; <c>/ask</c> in the channel when configured.</summary>
internal sealed class SlackCommandResponder(SlackApiClient api, BotCommands commands, IOptions<SlackOptions> options)
{
    private readonly SlackOptions _options = options.Value;

    public async Task RespondAsync(SlackCommandJob job, CancellationToken cancellationToken)
    {
        var command = job.Command;
        switch (command.Kind)
        {
            case CommandKind.Ask:
                // One conversation per user and channel, so a second /ask can be a follow-up.
                var reply = await commands.AskAsync(command.Argument, $"slack:{job.Channel}:{job.User}", cancellationToken);
                await api.RespondAsync(job.ResponseUrl, SlackReplyRenderer.Render(reply), _options.AskInChannel, cancellationToken);
                break;
            case CommandKind.Articles:
                var page = commands.Articles(command.Page, command.Argument);
                await api.RespondAsync(job.ResponseUrl, SlackListingRenderer.Articles(page, command.Argument, job.SlashCommand), false, cancellationToken);
                break;
            case CommandKind.Article:
                var lookup = commands.Article(command.Argument);
                await api.RespondAsync(job.ResponseUrl, SlackListingRenderer.Article(lookup, command.Argument, job.SlashCommand), false, cancellationToken);
                break;
            default:
                await api.RespondAsync(job.ResponseUrl, SlackListingRenderer.Help(commands.Help(), _options), false, cancellationToken);
                break;
        }
    }
}
