using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using NewsBot.Slack.Commands;
using NewsBot.Slack.Events;

namespace NewsBot.Slack.SocketMode;

/// <summary>
/// Routes one Socket Mode envelope's payload (the same bodies as over HTTP) and returns the ack payload, if any.
/// Throws <see cref="NewsBot.Core.Index.CatalogUnavailableException"/> when the inbox cannot be reached: do not acknowledge.
/// </summary>
internal sealed class SlackEnvelopeHandler(SlackEventRouter events, SlackCommandRouter commands, ILogger<SlackEnvelopeHandler> logger)
{
    public async Task<JsonObject?> HandleAsync(string type, JsonElement payload, CancellationToken cancellationToken)
    {
        switch (type)
        {
            case "events_api":
                await events.HandleAsync(payload, cancellationToken);
                return null;
            case "slash_commands":
                return (await commands.HandleAsync(SlashCommand.FromJson(payload), cancellationToken)).Response;
            default:
                // "interactive" and anything newer: the bot offers no components yet; acknowledged and logged.
                SlackLog.EnvelopeIgnored(logger, type);
                return null;
        }
    }
}
