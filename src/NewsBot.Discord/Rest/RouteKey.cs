namespace NewsBot.Discord.Rest;

/// <summary>
/// Identifies a rate-limit route: the method and path with ids replaced, plus the top-level resource
/// (channel, guild or webhook) that Discord keys buckets by. The webhook token is never part of <see cref="Template"/>.
/// <see cref="IsInteractionEndpoint"/>: the interaction callback and the interaction webhook routes
/// (<c>webhooks/{app}/{token}…</c>: edit, delete, follow-ups), which Discord exempts from the global rate limit
/// (docs: interactions/receiving-and-responding "Endpoints", topics/rate-limits "Global Rate Limit"). The bot calls
/// webhooks only with interaction tokens.
/// </summary>
internal sealed record RouteKey(string Template, string Major, bool IsInteractionEndpoint = false)
{
    private static readonly string[] MajorResources = ["channels", "guilds", "webhooks"];

    public static RouteKey For(HttpMethod method, Uri uri, Uri baseAddress)
    {
        var relative = uri.AbsolutePath.StartsWith(baseAddress.AbsolutePath, StringComparison.Ordinal)
            ? uri.AbsolutePath[baseAddress.AbsolutePath.Length..]
            : uri.AbsolutePath.TrimStart('/');
        var segments = relative.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var template = new string[segments.Length];
        var major = "";
        for (var i = 0; i < segments.Length; i++)
        {
            var previous = i > 0 ? segments[i - 1] : "";
            var isWebhookToken = i >= 2 && segments[i - 2] is "webhooks" or "interactions";
            var isId = segments[i].All(char.IsAsciiDigit);
            template[i] = isWebhookToken ? "{token}" : isId ? "{id}" : segments[i];
            if (major.Length == 0 && isId && MajorResources.Contains(previous))
                major = previous + "/" + segments[i];
            if (isWebhookToken && major.StartsWith("webhooks/", StringComparison.Ordinal))
                major += "/" + segments[i];
        }
        var isInteractionEndpoint = segments is ["interactions", _, _, "callback"] or ["webhooks", _, _, ..];
        return new RouteKey(method.Method + " " + string.Join('/', template), major, isInteractionEndpoint);
    }
}
