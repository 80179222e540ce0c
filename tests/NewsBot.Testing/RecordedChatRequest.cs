using System.Text.Json;

namespace NewsBot.Testing;

/// <summary>
/// What <see cref="FakeChatModelServer"/> received: method, path, query string (with its <c>?</c>), headers (lower-case
/// names), the JSON body, and when it arrived.
/// </summary>
public sealed record RecordedChatRequest(
    string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset Received)
{
    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    /// <summary>The content of the message with this role (system, user), or null.</summary>
    public string? MessageContent(string role) => Json.GetProperty("messages").EnumerateArray()
        .Where(message => message.GetProperty("role").GetString() == role)
        .Select(message => message.GetProperty("content") is { ValueKind: JsonValueKind.String } content
            ? content.GetString()
            : string.Concat(message.GetProperty("content").EnumerateArray().Select(part => part.GetProperty("text").GetString())))
        .FirstOrDefault();
}
