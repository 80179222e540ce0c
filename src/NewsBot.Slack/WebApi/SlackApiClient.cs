using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace NewsBot.Slack.WebApi;

/// <summary>
/// The Slack Web API methods the bot uses (protocols.md B4). Every call is a JSON POST with the token in the
/// <c>Authorization</c> header; <c>ok:false</c> becomes a <see cref="SlackApiException"/> carrying Slack's error code.
/// </summary>
internal sealed class SlackApiClient(IHttpClientFactory clients, IOptions<SlackOptions> options)
{
    /// <summary>The named client: base address from <c>Slack:ApiBaseUrl</c>, <see cref="SlackRetryHandler"/> as its one retry layer.</summary>
    public const string HttpClientName = "NewsBot.Slack";

    private readonly SlackOptions _options = options.Value;

    /// <summary>Who the bot token belongs to; with <paramref name="once"/> a 429 or 5xx is not retried here (the caller retries).</summary>
    public async Task<SlackAuth> AuthTestAsync(CancellationToken cancellationToken, bool once = false)
    {
        var result = await CallAsync("auth.test", new JsonObject(), _options.BotToken, cancellationToken, once);
        var userId = result["user_id"]?.GetValue<string>()
            ?? throw new SlackApiException("auth.test", "missing_user_id");
        return new SlackAuth(userId, result["bot_id"]?.GetValue<string>(), result["team"]?.GetValue<string>());
    }

    /// <summary>Posts a message (in a thread when <paramref name="threadTs"/> is set) and returns its <c>ts</c>.</summary>
    public async Task<string> PostMessageAsync(string channel, string? threadTs, SlackMessage message, CancellationToken cancellationToken)
    {
        var body = Body(message);
        body["channel"] = channel;
        if (threadTs is not null)
            body["thread_ts"] = threadTs;
        // Article links stay links, not previews that would bury the answer.
        body["unfurl_links"] = false;
        body["unfurl_media"] = false;
        var result = await CallAsync("chat.postMessage", body, _options.BotToken, cancellationToken);
        return result["ts"]?.GetValue<string>() ?? throw new SlackApiException("chat.postMessage", "missing_ts");
    }

    /// <summary>Replaces a message; with <paramref name="once"/> a 429 or 5xx is not retried (a streaming edit).</summary>
    public async Task UpdateMessageAsync(string channel, string ts, SlackMessage message, CancellationToken cancellationToken, bool once = false)
    {
        var body = Body(message);
        body["channel"] = channel;
        body["ts"] = ts;
        await CallAsync("chat.update", body, _options.BotToken, cancellationToken, once);
    }

    public async Task AddReactionAsync(string channel, string ts, string name, CancellationToken cancellationToken) =>
        await CallAsync("reactions.add", new JsonObject { ["channel"] = channel, ["timestamp"] = ts, ["name"] = name },
            _options.BotToken, cancellationToken);

    /// <summary>A fresh, single-use Socket Mode URL (B6); needs the app-level token.</summary>
    public async Task<Uri> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var result = await CallAsync("apps.connections.open", new JsonObject(), _options.AppToken, cancellationToken);
        var url = result["url"]?.GetValue<string>();
        return Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? uri
            : throw new SlackApiException("apps.connections.open", "missing_url");
    }

    /// <summary>Answers a slash command through its <c>response_url</c> (no token: the URL itself is the credential).</summary>
    public async Task RespondAsync(Uri responseUrl, SlackMessage message, bool inChannel, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["response_type"] = inChannel ? "in_channel" : "ephemeral",
            ["text"] = message.Text,
            ["blocks"] = message.Blocks.DeepClone(),
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, responseUrl) { Content = Json(body) };
        using var response = await clients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new SlackApiException("response_url", $"http_{(int)response.StatusCode}");
    }

    private static JsonObject Body(SlackMessage message) => new()
    {
        ["text"] = message.Text,
        ["blocks"] = message.Blocks.DeepClone(),
        // Never let Slack turn names in the text into mentions.
        ["link_names"] = false,
    };

    private async Task<JsonObject> CallAsync(string method, JsonObject body, string? token, CancellationToken cancellationToken, bool once = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, method) { Content = Json(body) };
        request.Options.Set(SlackRetryHandler.Once, once);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await clients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        JsonObject? result = null;
        try
        {
            result = JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            // Not JSON (a proxy error page, say): reported below with the HTTP status.
        }
        if (result is null)
            throw new SlackApiException(method, $"http_{(int)response.StatusCode}");
        if (result["ok"]?.GetValue<bool>() != true)
            throw new SlackApiException(method, result["error"]?.GetValue<string>() ?? $"http_{(int)response.StatusCode}");
        return result;
    }

    private static StringContent Json(JsonObject body) =>
        new(body.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" });
}
