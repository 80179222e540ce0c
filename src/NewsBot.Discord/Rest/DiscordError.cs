namespace NewsBot.Discord.Rest;

/// <summary>Discord's JSON error body, and the 429 body (<c>retry_after</c> in seconds, <c>global</c>).</summary>
internal sealed record DiscordError(int? Code = null, string? Message = null, double? RetryAfter = null, bool Global = false);
