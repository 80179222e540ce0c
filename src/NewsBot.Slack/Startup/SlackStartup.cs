using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Slack.WebApi;

namespace NewsBot.Slack.Startup;

/// <summary>Checks the bot token with <c>auth.test</c> before anything else starts; a bad token stops the host with a clear message.</summary>
internal sealed class SlackStartup(SlackApiClient api, SlackBotIdentity identity, ILogger<SlackStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var auth = await api.AuthTestAsync(cancellationToken);
            identity.Set(auth);
            SlackLog.Connected(logger, auth.UserId, auth.Team ?? "?");
        }
        catch (SlackApiException ex)
        {
            var error = new InvalidOperationException(
                $"Slack rejected Slack:BotToken: auth.test answered '{ex.Error}'. " +
                "Set the environment variable Slack__BotToken to the app's Bot User OAuth Token (xoxb-…).", ex);
            identity.Fail(error);
            throw error;
        }
        catch (HttpRequestException ex)
        {
            var error = new InvalidOperationException($"Could not reach Slack at Slack:ApiBaseUrl for auth.test: {ex.Message}", ex);
            identity.Fail(error);
            throw error;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
