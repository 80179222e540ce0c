using System.Net.WebSockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Connections;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// The one reconnect loop for the gateway: GET /gateway/bot once, then connect, run, and reconnect with jittered,
/// capped backoff (reset after READY or RESUMED), resuming on the session's resume URL when it can. Close codes that
/// forbid reconnecting stop the loop with an error log instead.
/// </summary>
internal sealed partial class GatewayClient(
    DiscordRestClient rest,
    IGatewayConnector connector,
    MessageCreateHandler messages,
    GatewayInteractionHandler interactions,
    TimeProvider time,
    IOptions<DiscordOptions> options,
    ILogger<GatewayClient> logger) : BackgroundService
{
    private readonly DiscordOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var session = new GatewaySession();
        var backoff = new ReconnectBackoff(_options.ReconnectBaseDelay, _options.ReconnectMaxDelay);
        Uri? gatewayUrl = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            GatewayOutcome outcome;
            try
            {
                gatewayUrl ??= new Uri((await rest.GetGatewayBotAsync(stoppingToken)).Url);
                var url = Versioned(session.CanResume ? session.ResumeUrl! : gatewayUrl);
                using var connection = new GatewayConnection(connector, messages, interactions, _options.BotToken!, time, logger);
                outcome = await connection.RunAsync(url, session, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (DiscordApiException e) when (e.Status is 401 or 403)
            {
                outcome = GatewayOutcome.Stop("Discord refused the bot token (Discord__BotToken): " + e.Message);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The loop's edge: anything short of shutdown or a refused token is retried with backoff. That
                // includes OperationCanceledException from a keep-alive or HttpClient timeout, which must not end
                // the hosted service and with it the whole host.
                outcome = GatewayOutcome.Retry($"could not connect: {e.GetType().Name}: {e.Message}", wasReady: false);
            }

            if (outcome.Fatal)
            {
                LogStopped(logger, outcome.Reason);
                return;
            }
            if (outcome.WasReady)
                backoff.Reset();
            var delay = outcome.Immediate ? TimeSpan.Zero : backoff.Next();
            LogReconnecting(logger, outcome.Reason, (long)delay.TotalMilliseconds, session.CanResume);
            try
            {
                await Task.Delay(delay, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>The gateway URL with <c>?v=10&amp;encoding=json</c>, as Discord requires on connect and resume.</summary>
    internal static Uri Versioned(Uri url)
    {
        var builder = new UriBuilder(url) { Query = "v=10&encoding=json" };
        if (string.IsNullOrEmpty(builder.Path))
            builder.Path = "/";
        return builder.Uri;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Discord gateway stopped and will not reconnect: {Reason}")]
    private static partial void LogStopped(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord gateway connection ended ({Reason}); reconnecting in {DelayMs} ms (resume: {Resume})")]
    private static partial void LogReconnecting(ILogger logger, string reason, long delayMs, bool resume);
}
