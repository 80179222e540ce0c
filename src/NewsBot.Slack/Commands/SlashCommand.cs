using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace NewsBot.Slack.Commands;

/// <summary>The fields of a slash command the bot reads (protocols.md B3); the same over HTTP (form) and Socket Mode (JSON).</summary>
internal sealed record SlashCommand(string Command, string Text, string UserId, string ChannelId, Uri? ResponseUrl, string TeamId = "", string TriggerId = "")
{
    /// <summary>
    /// What makes two deliveries the same invocation: its <c>trigger_id</c>, which Slack makes fresh for every one and
    /// repeats in a re-delivered envelope. Without one, its <c>response_url</c> (also one per invocation), hashed: the
    /// URL is a credential and keys are logged. Never the text: the same question asked twice is asked twice.
    /// </summary>
    public string InboxKey => TriggerId.Length > 0
        ? $"slack:{TeamId}:command:{TriggerId}"
        : $"slack:{TeamId}:command:url-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ResponseUrl?.AbsoluteUri ?? "")))[..32]}";

    public static SlashCommand FromForm(string formBody)
    {
        var form = QueryHelpers.ParseQuery(formBody);
        return Create(name => form.TryGetValue(name, out var v) ? v.ToString() : "");
    }

    public static SlashCommand FromJson(JsonElement payload) =>
        Create(name => payload.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "");

    private static SlashCommand Create(Func<string, string> field)
    {
        var url = Uri.TryCreate(field("response_url"), UriKind.Absolute, out var u) && u.Scheme is "https" or "http" ? u : null;
        return new SlashCommand(field("command").Trim(), field("text").Trim(), field("user_id"), field("channel_id"), url,
            field("team_id"), field("trigger_id"));
    }
}
