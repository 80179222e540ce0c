using NewsBot.Core.Commands;
using NewsBot.Discord.Messages;
using NewsBot.Discord.Rendering;

namespace NewsBot.Discord.Replies;

/// <summary>Runs a parsed command on the core and renders the result as Discord messages (at least one).</summary>
internal sealed class DiscordCommandRunner(BotCommands commands)
{
    public async Task<IReadOnlyList<DiscordMessage>> RunAsync(BotCommand command, string conversationId, CancellationToken cancellationToken) =>
        command.Kind switch
        {
            CommandKind.Ask => DiscordReplyRenderer.Render(await commands.AskAsync(command.Argument, conversationId, cancellationToken)),
            CommandKind.Articles => DiscordListingRenderer.RenderPage(commands.Articles(command.Page, command.Argument), command.Argument),
            CommandKind.Article => DiscordListingRenderer.RenderLookup(command.Argument, commands.Article(command.Argument)),
            _ => [DiscordMessage.Text(commands.Help())],
        };
}
