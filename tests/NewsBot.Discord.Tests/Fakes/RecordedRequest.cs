using System.Text.Json;

namespace NewsBot.Discord.Tests.Fakes;

/// <summary>One REST request as the fake Discord received it, and the status it answered.</summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string Body,
    string? Authorization,
    string? UserAgent,
    int Status,
    DateTimeOffset At)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public bool Is(string method, string pathPrefix) =>
        Method == method && Path.StartsWith(pathPrefix, StringComparison.Ordinal);
}
