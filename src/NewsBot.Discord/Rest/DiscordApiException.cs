namespace NewsBot.Discord.Rest;

/// <summary>A Discord REST call that failed after retries. <see cref="Route"/> is the template, never the token.</summary>
internal sealed class DiscordApiException(string route, int status, int? code, string? discordMessage)
    : Exception($"Discord {route} answered {status}{(code is null ? "" : $" (code {code})")}: {discordMessage ?? "no message"}")
{
    public string Route { get; } = route;
    public int Status { get; } = status;
    public int? Code { get; } = code;
}
