using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Connections;
using NewsBot.Slack.WebApi;

namespace NewsBot.Slack.Startup;

/// <summary>
/// Checks the bot token with <c>auth.test</c> in the background, so an unreachable Slack never holds up the web chat,
/// the API or Discord: a transient failure (no answer, HTTP 5xx, a network error) is retried with capped, jittered
/// backoff; only a definite rejection of the token is reported as a bad <c>Slack:BotToken</c>, and not retried.
/// Every step is reported to <see cref="FrontEndStatus"/> under <see cref="Name"/>.
/// </summary>
internal sealed class SlackStartup(
    SlackApiClient api,
    SlackBotIdentity identity,
    FrontEndStatus status,
    TimeProvider time,
    IOptions<SlackOptions> options,
    ILogger<SlackStartup> logger) : BackgroundService
{
    /// <summary>The front end's name in <c>/healthz</c> and the log.</summary>
    public const string Name = "Slack";

    // One attempt may not take longer than this; the HttpClient's own 100 s would leave Slack "starting" for minutes.
    internal static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Reports "starting" before the host's start returns (.NET runs all of <see cref="ExecuteAsync"/> in the background).</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        status.Report(Name, FrontEndState.Starting, "asking Slack who the bot is (auth.test)");
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var backoff = new ReconnectBackoff(settings.ReconnectDelay, settings.MaxReconnectDelay);
        while (!stoppingToken.IsCancellationRequested)
        {
            string failure;
            try
            {
                using var attempt = new CancellationTokenSource(AttemptTimeout, time);
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, attempt.Token);
                // Tried once per attempt: this loop is the retry layer for the start check.
                var auth = await api.AuthTestAsync(linked.Token, once: true);
                SlackLog.Connected(logger, auth.UserId, auth.Team ?? "?");
                // Reported before the identity is set: Socket Mode starts on it and reports from then on.
                status.Report(Name, settings.SocketMode ? FrontEndState.Starting : FrontEndState.Running,
                    settings.SocketMode ? $"bot user {auth.UserId}; opening Socket Mode" : $"bot user {auth.UserId}; serving /slack/* endpoints");
                identity.Set(auth);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (SlackApiException ex) when (ex.RejectsToken)
            {
                var message = $"Slack rejected Slack:BotToken: auth.test answered '{ex.Error}'. " +
                    "Set the environment variable Slack__BotToken to the app's Bot User OAuth Token (xoxb-…).";
                SlackLog.BadSetting(logger, message);
                status.Report(Name, FrontEndState.BadSetting, message);
                identity.Fail(new InvalidOperationException(message));
                return;
            }
            catch (OperationCanceledException)
            {
                failure = $"Slack:ApiBaseUrl did not answer auth.test within {AttemptTimeout.TotalSeconds:0} s";
            }
            catch (SlackApiException ex)
            {
                failure = $"auth.test failed ({ex.Error}); Slack may be down, the token is not the problem";
            }
            catch (HttpRequestException ex)
            {
                failure = $"could not reach Slack:ApiBaseUrl for auth.test: {ex.Message}";
            }

            var delay = backoff.Next();
            SlackLog.StartRetrying(logger, failure, (long)delay.TotalMilliseconds, backoff.Failures);
            status.Report(Name, FrontEndState.Retrying, $"{failure}; trying again in {delay.TotalSeconds:0.#} s (attempt {backoff.Failures + 1})");
            try
            {
                await Task.Delay(delay, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
