using Microsoft.Extensions.Options;
using NewsBot.Core.Commands;
using NewsBot.Slack.Rendering;
using NewsBot.Slack.WebApi;

namespace NewsBot.Slack.Replies;

/// <summary>
/// Runs a parsed command on the core and renders the result as one Slack message, for both responders (as Discord's
/// <c>CommandRunner</c> does for its two). <paramref name="commandName"/> in <see cref="RunAsync"/> is how the user
/// types the listing commands there (<c>/articles</c> as a slash command, <c>articles</c> in a thread), for the hints.
/// </summary>
internal sealed class SlackCommandRunner(BotCommands commands, IOptions<SlackOptions> options)
{
    public async Task<SlackMessage> RunAsync(BotCommand command, string conversationId, string commandName, CancellationToken cancellationToken) =>
        command.Kind switch
        {
            CommandKind.Ask => SlackReplyRenderer.Render(await commands.AskAsync(command.Argument, conversationId, cancellationToken)),
            CommandKind.Articles => SlackListingRenderer.Articles(commands.Articles(command.Page, command.Argument), command.Argument, commandName),
            CommandKind.Article => SlackListingRenderer.Article(commands.Article(command.Argument), command.Argument, commandName),
            _ => SlackListingRenderer.Help(commands.Help(), options.Value),
        };
}
