using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace NewsBot.Slack.Commands;

/// <summary>The fields of a slash command the bot reads (protocols.md B3); the same over HTTP (form) and Socket Mode (JSON).</summary>
internal sealed record SlashCommand(string Command, string Text, string UserId, string ChannelId, Uri? ResponseUrl)
{
    public static SlashCommand FromForm(string formBody)
    {
        var form = QueryHelpers.ParseQuery(formBody);
        string Field(string name) => form.TryGetValue(name, out var v) ? v.ToString() : "";
        return Create(Field("command"), Field("text"), Field("user_id"), Field("channel_id"), Field("response_url"));
    }

    public static SlashCommand FromJson(JsonElement payload)
    {
        string Field(string name) =>
            payload.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";
        return Create(Field("command"), Field("text"), Field("user_id"), Field("channel_id"), Field("response_url"));
    }

    private static SlashCommand Create(string command, string text, string user, string channel, string responseUrl)
    {
        var url = Uri.TryCreate(responseUrl, UriKind.Absolute, out var u) && u.Scheme is "https" or "http" ? u : null;
        return new SlashCommand(command.Trim(), text.Trim(), user, channel, url);
    }
}
