using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Commands;
using NewsBot.Slack.Events;
using NewsBot.Slack.Queue;
using NewsBot.Slack.Rendering;
using NewsBot.Slack.WebApi;

namespace NewsBot.Slack.Commands;

/// <summary>
/// Acknowledges a slash command once its work is recorded in the inbox (under <see cref="SlashCommand.InboxKey"/>) and
/// queued; the answer goes to <c>response_url</c>. Help, usage errors and refusals are the (ephemeral)
/// acknowledgement itself and are not recorded.
/// </summary>
internal sealed class SlackCommandRouter(
    BotCommands commands,
    SlackAdmission admission,
    IOptions<SlackOptions> options,
    ILogger<SlackCommandRouter> logger)
{
    private readonly SlackOptions _options = options.Value;

    /// <summary>
    /// The immediate response payload (null = an empty 200, Slack then shows nothing yet). Throws
    /// <see cref="NewsBot.Core.Index.CatalogUnavailableException"/> when the inbox cannot be reached: do not acknowledge.
    /// </summary>
    public async Task<SlackCommandAck> HandleAsync(SlashCommand slash, CancellationToken cancellationToken)
    {
        var name = slash.Command;
        BotCommand? command = null;
        if (Is(name, _options.HelpCommand))
            return new(SlackEventOutcome.Answered, Ephemeral(SlackListingRenderer.Help(commands.Help(), _options)));
        if (Is(name, _options.AskCommand))
            command = slash.Text.Length == 0 ? null : new BotCommand(CommandKind.Ask, slash.Text);
        else if (Is(name, _options.ArticlesCommand))
            command = BotCommand.ParseListing(slash.Text);
        else if (Is(name, _options.ArticleCommand))
            command = slash.Text.Length == 0 ? null : new BotCommand(CommandKind.Article, slash.Text);
        else
            return Refuse(SlackEventOutcome.Ignored, $"I don't know the command {SlackText.EscapeLabel(name)}. Try {_options.HelpCommand}.");

        if (command is null)
            return Refuse(SlackEventOutcome.Ignored, Usage(name));
        if (slash.ResponseUrl is null)
            return Refuse(SlackEventOutcome.Ignored, "Slack sent this command without a response URL, so I can't answer it.");
        if (!admission.ChannelAllowed(slash.ChannelId))
            return Refuse(SlackEventOutcome.NotAllowed, SlackAdmission.NotAllowedText);

        var outcome = await admission.AdmitAsync(
            new SlackCommandJob(slash.UserId, slash.InboxKey, slash.ChannelId, command, slash.ResponseUrl, name), cancellationToken);
        SlackLog.CommandRouted(logger, name, outcome);
        return outcome switch
        {
            SlackEventOutcome.RateLimited => Refuse(outcome, SlackAdmission.RateLimitedText),
            SlackEventOutcome.Busy => Refuse(outcome, SlackAdmission.BusyText),
            // A re-delivered envelope: the first delivery's acknowledgement already said what this one would.
            SlackEventOutcome.Duplicate => new(outcome, null),
            _ when command.Kind == CommandKind.Ask => new(outcome, Ephemeral(SlackMessage.Plain("Looking that up…"))),
            _ => new(outcome, null),
        };
    }

    private string Usage(string name) =>
        Is(name, _options.AskCommand) ? $"Usage: `{name} &lt;question&gt;`, e.g. `{name} where did they meet?`"
            : $"Usage: `{name} &lt;id&gt;`; `{_options.ArticlesCommand}` lists the ids.";

    private static bool Is(string typed, string configured) => string.Equals(typed, configured, StringComparison.OrdinalIgnoreCase);

    private static SlackCommandAck Refuse(SlackEventOutcome outcome, string escapedText) =>
        new(outcome, Ephemeral(SlackMessage.Plain(escapedText)));

    private static JsonObject Ephemeral(SlackMessage message) => new()
    {
        ["response_type"] = "ephemeral",
        ["text"] = message.Text,
        ["blocks"] = message.Blocks.DeepClone(),
    };
}
