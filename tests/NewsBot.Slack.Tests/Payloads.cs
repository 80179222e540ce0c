using System.Text.Json.Nodes;

namespace NewsBot.Slack.Tests;

/// <summary>Slack payloads written for these tests from the documented shapes (protocols.md B1, B3, B6).</summary>
public static class Payloads
{
    public const string Channel = "C0TEST001";
    public const string User = "UASKER001";

    private static int _triggers;

    /// <summary>Slack makes a fresh <c>trigger_id</c> for every slash command invocation (the inbox key of one).</summary>
    public static string NextTriggerId() => $"{Interlocked.Increment(ref _triggers)}.47445629121.{Guid.NewGuid():n}";

    public static JsonObject Callback(string eventId, JsonObject inner) => new()
    {
        ["token"] = "deprecated-verification-token",
        ["team_id"] = "T0TEST",
        ["api_app_id"] = "A0TEST",
        ["event"] = inner,
        ["type"] = "event_callback",
        ["event_id"] = eventId,
        ["event_time"] = 1700000000,
    };

    public static JsonObject Mention(string text, string ts = "1700000001.000100", string channel = Channel, string user = User, string? threadTs = null)
    {
        var e = new JsonObject
        {
            ["type"] = "app_mention",
            ["user"] = user,
            ["text"] = $"<@{Fakes.FakeSlack.BotUserId}> {text}",
            ["ts"] = ts,
            ["channel"] = channel,
            ["event_ts"] = ts,
        };
        if (threadTs is not null)
            e["thread_ts"] = threadTs;
        return e;
    }

    public static JsonObject Message(string text, string channel, string channelType, string ts = "1700000002.000100",
        string user = User, string? threadTs = null, string? subtype = null, string? botId = null)
    {
        var e = new JsonObject
        {
            ["type"] = "message",
            ["user"] = user,
            ["text"] = text,
            ["ts"] = ts,
            ["channel"] = channel,
            ["channel_type"] = channelType,
            ["event_ts"] = ts,
        };
        if (threadTs is not null)
            e["thread_ts"] = threadTs;
        if (subtype is not null)
            e["subtype"] = subtype;
        if (botId is not null)
            e["bot_id"] = botId;
        return e;
    }

    public static string Envelope(string envelopeId, JsonObject payload, string type = "events_api", bool acceptsResponsePayload = false, int retryAttempt = 0) =>
        new JsonObject
        {
            ["envelope_id"] = envelopeId,
            ["payload"] = payload,
            ["type"] = type,
            ["accepts_response_payload"] = acceptsResponsePayload,
            ["retry_attempt"] = retryAttempt,
            ["retry_reason"] = retryAttempt == 0 ? "" : "timeout",
        }.ToJsonString();

    public static string SlashForm(string command, string text, Uri responseUrl, string channel = Channel, string user = User, string? triggerId = null) =>
        string.Join('&', new Dictionary<string, string>
        {
            ["token"] = "deprecated",
            ["team_id"] = "T0TEST",
            ["channel_id"] = channel,
            ["user_id"] = user,
            ["command"] = command,
            ["text"] = text,
            ["response_url"] = responseUrl.AbsoluteUri,
            ["trigger_id"] = triggerId ?? NextTriggerId(),
        }.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));

    public static JsonObject SlashJson(string command, string text, Uri responseUrl, string channel = Channel, string user = User) => new()
    {
        ["token"] = "deprecated",
        ["team_id"] = "T0TEST",
        ["channel_id"] = channel,
        ["user_id"] = user,
        ["command"] = command,
        ["text"] = text,
        ["response_url"] = responseUrl.AbsoluteUri,
        ["trigger_id"] = NextTriggerId(),
    };
}
