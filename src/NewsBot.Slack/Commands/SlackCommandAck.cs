using System.Text.Json.Nodes;
using NewsBot.Slack.Events;

namespace NewsBot.Slack.Commands;

/// <summary>What a slash command is acknowledged with: the outcome and the immediate response body, if any.</summary>
internal sealed record SlackCommandAck(SlackEventOutcome Outcome, JsonObject? Response);
