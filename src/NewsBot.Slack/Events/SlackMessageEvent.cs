using System.Text.Json;

namespace NewsBot.Slack.Events;

/// <summary>The fields of an <c>app_mention</c> or <c>message</c> event the bot reads (protocols.md B1).</summary>
internal sealed record SlackMessageEvent(
    string Type,
    string? Subtype,
    string? User,
    string? BotId,
    string Text,
    string? Ts,
    string? ThreadTs,
    string? Channel,
    string? ChannelType,
    bool Edited)
{
    public static SlackMessageEvent From(JsonElement e) => new(
        Type: Str(e, "type") ?? "",
        Subtype: Str(e, "subtype"),
        User: Str(e, "user"),
        BotId: Str(e, "bot_id"),
        Text: Str(e, "text") ?? "",
        Ts: Str(e, "ts"),
        ThreadTs: Str(e, "thread_ts"),
        Channel: Str(e, "channel"),
        ChannelType: Str(e, "channel_type"),
        Edited: e.TryGetProperty("edited", out _));

    internal static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()
            : null;
}
