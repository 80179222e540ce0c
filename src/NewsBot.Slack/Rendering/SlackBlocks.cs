using System.Text.Json.Nodes;

namespace NewsBot.Slack.Rendering;

/// <summary>Block Kit builders that respect Slack's limits (protocols.md B4).</summary>
internal static class SlackBlocks
{
    public const int MaxBlocks = 50;
    public const int MaxSectionChars = 3000;
    public const int MaxContextElements = 10;
    public const int MaxFallbackChars = 3000;

    /// <summary>A mrkdwn section; <paramref name="mrkdwn"/> must already be escaped.</summary>
    public static JsonObject Section(string mrkdwn) => new()
    {
        ["type"] = "section",
        ["text"] = Text(SlackText.TruncateEscaped(mrkdwn, MaxSectionChars)),
    };

    /// <summary>A context block of escaped mrkdwn elements (at most ten).</summary>
    public static JsonObject Context(params string[] mrkdwn)
    {
        var elements = new JsonArray();
        foreach (var element in mrkdwn.Where(e => e.Length > 0).Take(MaxContextElements))
            elements.Add(Text(SlackText.TruncateEscaped(element, MaxSectionChars)));
        return new JsonObject { ["type"] = "context", ["elements"] = elements };
    }

    private static JsonObject Text(string mrkdwn) => new() { ["type"] = "mrkdwn", ["text"] = mrkdwn };
}
