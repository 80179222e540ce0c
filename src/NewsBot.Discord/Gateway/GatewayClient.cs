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
/// forbid reconnecting stop the loop with an error log instead. Nothing here holds up the host's start; each step is
/// reported to <see cref="FrontEndStatus"/> under <see cref="Name"/>, and only a refused token is a bad setting.
/// </summary>
internal sealed class GatewayClient(
    DiscordRestClient rest,
    IGatewayConnector connector,
    MessageCreateHandler messages,
    GatewayInteractionHandler interactions,
    FrontEndStatus status,
    TimeProvider time,
    IOptions<DiscordOptions> options,
    ILogger<GatewayClient> logger) : BackgroundService
{
    /// <summary>The front end's name in <c>/healthz</c>.</summary>
    public const string Name = "Discord";

    // GET /gateway/bot may not take longer than this; the HttpClient's own 100 s would leave Discord "starting" for minutes.
    internal static readonly TimeSpan LookupTimeout = TimeSpan.FromSeconds(10);

    private readonly DiscordOptions _options = options.Value;

    /// <summary>Reports "starting" before the host's start returns (.NET runs all of <see cref="ExecuteAsync"/> in the background).</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        status.Report(Name, FrontEndState.Starting, "connecting to the gateway");
        return base.StartAsync(cancellationToken);
    }

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
                gatewayUrl ??= await GatewayUrlAsync(stoppingToken);
                var url = Versioned(session.CanResume ? session.ResumeUrl! : gatewayUrl);
                using var connection = new GatewayConnection(connector, messages, interactions, _options.BotToken!, time, logger,
                    () => status.Report(Name, FrontEndState.Running, "gateway connected"));
                outcome = await connection.RunAsync(url, session, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (DiscordApiException e) when (e.Status == 401)
            {
                outcome = GatewayOutcome.BadToken($"Discord rejected Discord:BotToken ({e.Route} answered 401). " +
                    "Set the environment variable Discord__BotToken to the bot's token from the Developer Portal.");
            }
            catch (OperationCanceledException)
            {
                outcome = GatewayOutcome.Retry($"Discord:ApiBaseUrl did not answer GET gateway/bot within {LookupTimeout.TotalSeconds:0} s", wasReady: false);
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
                DiscordLog.GatewayStopped(logger, outcome.Reason);
                status.Report(Name, outcome.RejectsToken ? FrontEndState.BadSetting : FrontEndState.Stopped, outcome.Reason);
                return;
            }
            if (outcome.WasReady)
                backoff.Reset();
            var delay = outcome.Immediate ? TimeSpan.Zero : backoff.Next();
            DiscordLog.GatewayReconnecting(logger, outcome.Reason, (long)delay.TotalMilliseconds, session.CanResume);
            status.Report(Name, FrontEndState.Retrying, $"{outcome.Reason}; reconnecting in {delay.TotalSeconds:0.#} s");
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

    private async Task<Uri> GatewayUrlAsync(CancellationToken stoppingToken)
    {
        using var timeout = new CancellationTokenSource(LookupTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
        return new Uri((await rest.GetGatewayBotAsync(linked.Token)).Url);
    }

    /// <summary>The gateway URL with <c>?v=10&amp;encoding=json</c>, as Discord requires on connect and resume.</summary>
    internal static Uri Versioned(Uri url)
    {
        var builder = new UriBuilder(url) { Query = "v=10&encoding=json" };
        if (string.IsNullOrEmpty(builder.Path))
            builder.Path = "/";
        return builder.Uri;
    }
}
