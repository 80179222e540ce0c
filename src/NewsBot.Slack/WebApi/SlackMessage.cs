using System.Text.Json.Nodes;

namespace NewsBot.Slack.WebApi;

/// <summary>A rendered message: Block Kit blocks plus the plain-text fallback Slack shows in notifications.</summary>
internal sealed record SlackMessage(string Text, JsonArray Blocks)
{
    public static SlackMessage Plain(string escapedText) =>
        new(escapedText, [new JsonObject
        {
            ["type"] = "section",
            ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = escapedText },
        }]);
}
