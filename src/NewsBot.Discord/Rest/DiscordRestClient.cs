using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Messages;

namespace NewsBot.Discord.Rest;

/// <summary>
/// The Discord REST API v10, as far as the bot needs it. Base address, <c>Authorization: Bot …</c> and
/// <c>User-Agent</c> are set at registration; rate limits and retries live in <see cref="RateLimitHandler"/>.
/// </summary>
internal sealed class DiscordRestClient(HttpClient http, IOptions<DiscordOptions> options)
{
    private readonly string _applicationId = options.Value.ApplicationId ?? "";

    public async Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync("gateway/bot", cancellationToken);
        await EnsureSuccessAsync(response, "GET gateway/bot", cancellationToken);
        return await response.Content.ReadFromJsonAsync<GatewayBotInfo>(DiscordJson.Options, cancellationToken)
            ?? throw new DiscordApiException("GET gateway/bot", (int)response.StatusCode, null, "empty body");
    }

    /// <summary>Replaces the deferred "thinking…" response with the answer.</summary>
    public Task EditOriginalAsync(string interactionToken, DiscordMessage message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Patch, $"webhooks/{_applicationId}/{Uri.EscapeDataString(interactionToken)}/messages/@original",
            "PATCH webhooks/{app}/{token}/messages/@original", message, cancellationToken);

    public Task DeleteOriginalAsync(string interactionToken, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, $"webhooks/{_applicationId}/{Uri.EscapeDataString(interactionToken)}/messages/@original",
            "DELETE webhooks/{app}/{token}/messages/@original", null, cancellationToken);

    /// <summary>A further message for the same interaction (continuation of a long answer, or an ephemeral error).</summary>
    public Task CreateFollowupAsync(string interactionToken, DiscordMessage message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"webhooks/{_applicationId}/{Uri.EscapeDataString(interactionToken)}",
            "POST webhooks/{app}/{token}", message, cancellationToken);

    /// <summary>The initial response to an interaction that arrived over the gateway (POST …/callback).</summary>
    public Task CreateInteractionResponseAsync(string interactionId, string interactionToken, object response, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"interactions/{interactionId}/{Uri.EscapeDataString(interactionToken)}/callback",
            "POST interactions/{id}/{token}/callback", response, cancellationToken);

    public Task CreateMessageAsync(string channelId, DiscordMessage message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"channels/{channelId}/messages", "POST channels/{id}/messages", message, cancellationToken);

    /// <summary>Shows "NewsBot is typing…" for about 10 seconds or until the bot posts.</summary>
    public Task TriggerTypingAsync(string channelId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"channels/{channelId}/typing", "POST channels/{id}/typing", null, cancellationToken);

    /// <summary>Bulk-overwrites the command set (global, or one guild's); returns the set Discord now holds.</summary>
    public async Task<JsonElement> OverwriteCommandsAsync(string? guildId, object commands, CancellationToken cancellationToken)
    {
        var path = guildId is null ? $"applications/{_applicationId}/commands" : $"applications/{_applicationId}/guilds/{guildId}/commands";
        using var response = await http.PutAsJsonAsync(path, commands, DiscordJson.Options, cancellationToken);
        await EnsureSuccessAsync(response, "PUT " + path, cancellationToken);
        return await response.Content.ReadFromJsonAsync<JsonElement>(DiscordJson.Options, cancellationToken);
    }

    private async Task SendAsync(HttpMethod method, string path, string route, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
            request.Content = JsonContent.Create(body, body.GetType(), options: DiscordJson.Options);
        using var response = await http.SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(response, route, cancellationToken);
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string route, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
            return;
        DiscordError? error = null;
        if (response.Content.Headers.ContentType?.MediaType == "application/json")
        {
            try
            {
                error = await response.Content.ReadFromJsonAsync<DiscordError>(DiscordJson.Options, cancellationToken);
            }
            catch (JsonException)
            {
                // Not Discord's JSON (a proxy page); the status code alone goes into the exception.
            }
        }
        throw new DiscordApiException(route, (int)response.StatusCode, error?.Code, error?.Message);
    }
}
