using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Admission;
using NewsBot.Core.Connections;
using NewsBot.Core.Conversations;
using NewsBot.Core.Inbox;
using NewsBot.Slack.Commands;
using NewsBot.Slack.Events;
using NewsBot.Slack.Http;
using NewsBot.Slack.Queue;
using NewsBot.Slack.Replies;
using NewsBot.Slack.SocketMode;
using NewsBot.Slack.Startup;
using NewsBot.Slack.WebApi;

namespace NewsBot.Slack;

/// <summary>Registers the Slack front end when section <c>Slack</c> has a bot token.</summary>
public static class SlackServiceCollectionExtensions
{
    /// <summary>Adds Socket Mode (when <c>Slack:AppToken</c> is set) and the HTTP endpoints (when <c>Slack:SigningSecret</c> is set).</summary>
    public static IServiceCollection AddNewsBotSlack(this IServiceCollection services, IConfiguration configuration)
    {
        // Registered only when some Slack credential is present; then a missing one fails start, named.
        var section = configuration.GetSection(SlackOptions.Section);
        if (!new[] { "BotToken", "AppToken", "SigningSecret" }.Any(key => !string.IsNullOrWhiteSpace(section[key])))
            return services;

        services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<FrontEndStatus>();

        // [1] Web API: one named client, one retry layer, no default request logging (it would log response URLs).
        services.AddTransient<SlackRetryHandler>();
        services.AddHttpClient(SlackApiClient.HttpClientName, (sp, http) =>
            {
                http.BaseAddress = sp.GetRequiredService<IOptions<SlackOptions>>().Value.ApiBaseUrl;
                http.Timeout = TimeSpan.FromSeconds(100);
            })
            .AddHttpMessageHandler<SlackRetryHandler>()
            .RemoveAllLoggers();
        services.AddSingleton<SlackApiClient>();

        // [2] Incoming: verification, routing, admission (with the inbox AddNewsBotCore registers: one answer per request).
        services.AddSingleton<SlackBotIdentity>();
        services.AddSingleton<SlackRequestVerifier>();
        services.TryAddSingleton<IAnsweredThreads, InMemoryAnsweredThreads>();
        services.AddSingleton<SlackThreadRegistry>();
        services.AddKeyedSingleton(SlackAdmission.LimiterKey,
            (sp, _) => new UserRateLimiter(sp.GetRequiredService<IOptions<SlackOptions>>().Value.UserRequestsPerMinute));
        services.AddSingleton(sp => new WorkQueue<SlackJob, SlackNotice>(sp.GetRequiredService<IOptions<SlackOptions>>().Value.QueueCapacity));
        services.AddKeyedSingleton(SlackJob.Platform, (sp, _) => sp.GetRequiredService<QueuedLeases>());
        services.AddSingleton<SlackAdmission>();
        services.AddSingleton<SlackEventRouter>();
        services.AddSingleton<SlackCommandRouter>();

        // [3] Outgoing: the queue's workers and what they answer with.
        services.AddSingleton<SlackCommandRunner>();
        services.AddSingleton<SlackConversationResponder>();
        services.AddSingleton<SlackCommandResponder>();

        // [4] Hosted services, none of which holds up the host's start: check the token (retried in the background),
        // start answering, then connect once the token is known good.
        services.AddHostedService<SlackStartup>();
        services.AddHostedService<SlackWorker>();
        if (!string.IsNullOrWhiteSpace(section["AppToken"]))
        {
            services.TryAddSingleton<ISlackWebSocketFactory, ClientWebSocketFactory>();
            services.AddSingleton<SlackEnvelopeHandler>();
            services.AddHostedService<SlackSocketModeClient>();
        }
        return services;
    }

    /// <summary>Maps <c>/slack/events</c>, <c>/slack/commands</c> and <c>/slack/interactions</c> when the signing secret is set.</summary>
    public static IEndpointRouteBuilder MapNewsBotSlack(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetService<SlackRequestVerifier>() is null)
            return endpoints;
        if (endpoints.ServiceProvider.GetRequiredService<IOptions<SlackOptions>>().Value.HttpEndpoints)
            SlackEndpoints.Map(endpoints);
        return endpoints;
    }
}
