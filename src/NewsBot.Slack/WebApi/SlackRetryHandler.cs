using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace NewsBot.Slack.WebApi;

/// <summary>
/// The one retry layer of every Slack Web API call: 429 (waiting <c>Retry-After</c>), 5xx and network errors,
/// capped in count and delay. A refused connection fails at once: retrying will not make the server appear.
/// </summary>
internal sealed class SlackRetryHandler : DelegatingHandler
{
    /// <summary>Set on a request that is worth one try only (a streaming edit the next one replaces).</summary>
    public static readonly HttpRequestOptionsKey<bool> Once = new("NewsBot.Slack.Once");

    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public SlackRetryHandler(IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackRetryHandler> logger)
    {
        var settings = options.Value;
        _pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(1, settings.MaxRetries),
                ShouldHandle = args => ValueTask.FromResult(settings.MaxRetries > 0 && IsTransient(args.Outcome)),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(500),
                MaxDelay = settings.MaxRetryDelay,
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, settings.MaxRetryDelay, time)),
                OnRetry = args =>
                {
                    SlackLog.RetryingWebApi(logger, args.Outcome.Result is { } r ? (int)r.StatusCode : 0,
                        args.AttemptNumber + 1, (long)args.RetryDelay.TotalMilliseconds);
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            })
            .Build();
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        request.Options.TryGetValue(Once, out var once) && once
            ? await base.SendAsync(request, cancellationToken)
            : await _pipeline.ExecuteAsync(async token => await base.SendAsync(request, token), cancellationToken);

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionRefused } } } => false,
        { Exception: HttpRequestException } => true,
        { Result: { } response } => response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500,
        _ => false,
    };

    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeSpan cap, TimeProvider time)
    {
        var retryAfter = response?.Headers.RetryAfter;
        var delay = retryAfter?.Delta ?? (retryAfter?.Date - time.GetUtcNow());
        return delay is { } d && d >= TimeSpan.Zero ? (d > cap ? cap : d) : null;
    }
}
