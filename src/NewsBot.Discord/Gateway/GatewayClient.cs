using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Connections;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// The gateway's one connection among all hosts: [1] become the owner (<see cref="IGatewayOwnership"/>; a host that is
/// not waits in standby and tries again every <see cref="DiscordOptions.GatewayOwnerPollSeconds"/>), [2] resume the
/// stored session or identify, [3] run the one reconnect loop while the ownership lasts, storing the session as events
/// come in (<see cref="GatewaySessionWriter"/>), [4] on losing it, close keeping the session (4000) and compete again.
/// The reconnect loop: GET /gateway/bot once, then connect, run, and reconnect with jittered, capped backoff (reset
/// after READY or RESUMED), resuming on the session's resume URL when it can. Close codes that forbid reconnecting stop
/// the loop with an error log instead. Nothing here holds up the host's start; each step is reported to
/// <see cref="FrontEndStatus"/> under <see cref="Name"/>, and only a refused token is a bad setting.
/// </summary>
internal sealed class GatewayClient(
    DiscordRestClient rest,
    IGatewayConnector connector,
    IGatewayOwnership ownership,
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
    private Uri? _gatewayUrl;

    /// <summary>Reports "starting" before the host's start returns (.NET runs all of <see cref="ExecuteAsync"/> in the background).</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        status.Report(Name, FrontEndState.Starting, "connecting to the gateway");
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(_options.GatewayOwnerPollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            IGatewayLease? lease = null;
            try
            {
                lease = await ownership.TryAcquireAsync(poll, stoppingToken);
                if (lease is null && status.For(Name)?.State != FrontEndState.Standby)
                {
                    DiscordLog.GatewayStandby(logger);
                    status.Report(Name, FrontEndState.Standby, $"another host holds the Discord gateway; trying to take it over every {poll.TotalSeconds:0.##} s");
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The ownership loop's edge: the shared database may be down or restarting; ask again at the next poll.
                DiscordLog.GatewayOwnerUnknown(logger, e.GetType().Name, e.Message);
                status.Report(Name, FrontEndState.Retrying, $"cannot tell which host owns the Discord gateway ({e.Message}); asking again in {poll.TotalSeconds:0.##} s");
            }
            if (lease is null)
            {
                if (!await PauseAsync(poll, stoppingToken))
                    return;
                continue;
            }
            await using (lease)
            {
                DiscordLog.GatewayOwned(logger, lease.Epoch, lease.Session is not null);
                if (await RunAsOwnerAsync(lease, stoppingToken))
                    return;
                DiscordLog.GatewayOwnershipLost(logger, lease.Epoch);
                status.Report(Name, FrontEndState.Retrying, "this host lost the Discord gateway to another; closed it keeping the session");
            }
        }
    }

    /// <summary>The reconnect loop while <paramref name="lease"/> lasts; true when the gateway is done for good (shutdown, a fatal close).</summary>
    private async Task<bool> RunAsOwnerAsync(IGatewayLease lease, CancellationToken stoppingToken)
    {
        var session = new GatewaySession(lease.Session);
        using var owned = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lease.Lost);
        var writer = new GatewaySessionWriter(lease, session, time, logger).RunAsync(owned.Token);
        try
        {
            return await ReconnectLoopAsync(session, lease.Lost, stoppingToken);
        }
        finally
        {
            await owned.CancelAsync();
            await writer;
        }
    }

    private async Task<bool> ReconnectLoopAsync(GatewaySession session, CancellationToken lost, CancellationToken stoppingToken)
    {
        var backoff = new ReconnectBackoff(_options.ReconnectBaseDelay, _options.ReconnectMaxDelay);
        while (true)
        {
            GatewayOutcome outcome;
            try
            {
                _gatewayUrl ??= await GatewayUrlAsync(stoppingToken);
                var url = Versioned(session.CanResume ? session.ResumeUrl! : _gatewayUrl);
                using var connection = new GatewayConnection(connector, messages, interactions, _options.BotToken!, time, logger,
                    () => status.Report(Name, FrontEndState.Running, "gateway connected"));
                outcome = await connection.RunAsync(url, session, stoppingToken, lost);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return true;
            }
            catch (OperationCanceledException) when (lost.IsCancellationRequested)
            {
                return false;
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
                return true;
            }
            if (lost.IsCancellationRequested)
                return false;
            if (outcome.WasReady)
                backoff.Reset();
            var delay = outcome.Immediate ? TimeSpan.Zero : backoff.Next();
            DiscordLog.GatewayReconnecting(logger, outcome.Reason, (long)delay.TotalMilliseconds, session.CanResume);
            status.Report(Name, FrontEndState.Retrying, $"{outcome.Reason}; reconnecting in {delay.TotalSeconds:0.#} s");
            using var waiting = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lost);
            if (!await PauseAsync(delay, waiting.Token))
                return stoppingToken.IsCancellationRequested;
        }
    }

    /// <summary>Waits; false when <paramref name="cancellationToken"/> ended the wait.</summary>
    private async Task<bool> PauseAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, time, cancellationToken);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
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
