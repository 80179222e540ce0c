using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NewsBot.Discord.Rest;

/// <summary>
/// The one retry layer on the Discord REST path: waits for the route's bucket before sending, learns buckets from
/// the response headers, and retries a 429 after <c>retry_after</c> (body, else <c>Retry-After</c>) or a 5xx after a
/// short backoff, at most <see cref="DiscordOptions.MaxRetries"/> times and never for longer than
/// <see cref="DiscordOptions.MaxRetryDelay"/>.
/// </summary>
internal sealed class RateLimitHandler(
    RateLimitState state,
    TimeProvider time,
    IOptions<DiscordOptions> options,
    ILogger<RateLimitHandler> logger) : DelegatingHandler
{
    private readonly DiscordOptions _options = options.Value;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var route = RouteKey.For(request.Method, request.RequestUri!, _options.ApiBaseUrl);
        for (var attempt = 0; ; attempt++)
        {
            await state.WaitForSlotAsync(route, cancellationToken);
            var response = await base.SendAsync(request, cancellationToken);
            state.Update(route, response.Headers);
            var isRateLimited = response.StatusCode == HttpStatusCode.TooManyRequests;
            if (!isRateLimited && (int)response.StatusCode < 500)
                return response;

            var (wait, global) = isRateLimited
                ? await RetryAfterAsync(response, cancellationToken)
                : (TimeSpan.FromMilliseconds(250 * (1 << attempt)), false);
            if (attempt >= _options.MaxRetries || wait > _options.MaxRetryDelay)
            {
                DiscordLog.RestGivingUp(logger, route.Template, (int)response.StatusCode, attempt);
                return response;
            }
            response.Dispose();
            if (isRateLimited)
                state.Block(route, wait, global);
            // Logged once the block is in place, so the line also tells that other requests are being held.
            DiscordLog.RestRetrying(logger, route.Template, (int)response.StatusCode, (long)wait.TotalMilliseconds, global);
            if (!isRateLimited)
                await Task.Delay(wait, time, cancellationToken);
        }
    }

    internal static async Task<(TimeSpan Wait, bool Global)> RetryAfterAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var global = response.Headers.TryGetValues("X-RateLimit-Global", out var flags) && flags.Contains("true", StringComparer.OrdinalIgnoreCase);
        DiscordError? body = null;
        if (response.Content.Headers.ContentType?.MediaType == "application/json")
        {
            // Read once and put back, so a caller that gets this 429 (retries used up) can still read Discord's message.
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            response.Content = new StringContent(text, System.Text.Encoding.UTF8, "application/json");
            try
            {
                body = JsonSerializer.Deserialize<DiscordError>(text, DiscordJson.Options);
            }
            catch (JsonException)
            {
                // A proxy's non-JSON 429 body; the Retry-After header still tells how long to wait.
            }
        }
        var seconds = body?.RetryAfter
            ?? response.Headers.RetryAfter?.Delta?.TotalSeconds
            ?? (response.Headers.TryGetValues("Retry-After", out var raw)
                && double.TryParse(raw.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : 1);
        return (TimeSpan.FromSeconds(Math.Max(0, seconds)), global || body?.Global == true);
    }
}
