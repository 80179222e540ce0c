using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Admission;
using NewsBot.Core.Answering;
using NewsBot.Core.Connections;
using NewsBot.Core.Inbox;
using NewsBot.Discord.Commands;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Queue;
using NewsBot.Discord.Replies;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord;

/// <summary>Registers the Discord front end when section <c>Discord</c> is configured.</summary>
public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// Adds the interactions endpoint (PublicKey + ApplicationId) and the gateway (BotToken); with neither set,
    /// adds nothing. Expects the core (<c>AddNewsBotCore</c>) for answering.
    /// </summary>
    public static IServiceCollection AddNewsBotDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(DiscordOptions.Section);
        var interactions = !string.IsNullOrWhiteSpace(section[nameof(DiscordOptions.PublicKey)]);
        var gateway = !string.IsNullOrWhiteSpace(section[nameof(DiscordOptions.BotToken)]);
        if (!interactions && !gateway)
            return services;

        services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>();
        services.AddOptions<AnsweringOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<FrontEndStatus>();

        // REST: one typed client, one retry layer (RateLimitHandler); buckets outlive handler rotation.
        services.AddSingleton<RateLimitState>();
        services.AddTransient<RateLimitHandler>();
        services.AddHttpClient<DiscordRestClient>(ConfigureRestClient)
            .AddHttpMessageHandler<RateLimitHandler>()
            // The default HttpClient logs put request URLs in the log, and webhook URLs carry the interaction token.
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            // Workers are singletons holding the client; the pooled-connection lifetime above handles DNS changes.
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.AddTransient(sp => new DiscordCommandRegistrar(
            sp.GetRequiredService<DiscordRestClient>(),
            sp.GetRequiredService<IOptions<DiscordOptions>>(),
            sp.GetRequiredService<IOptions<AnsweringOptions>>()));

        // Acknowledge first, answer later: a bounded queue drained by background workers.
        services.AddSingleton(sp => new WorkQueue<DiscordJob, DiscordNotice>(sp.GetRequiredService<IOptions<DiscordOptions>>().Value.QueueCapacity));
        services.AddKeyedSingleton(DiscordAdmission.LimiterKey,
            (sp, _) => new UserRateLimiter(sp.GetRequiredService<IOptions<DiscordOptions>>().Value.UserRequestsPerMinute));
        services.AddKeyedSingleton(DiscordAdmission.Platform, (sp, _) => sp.GetRequiredService<QueuedLeases>());
        services.AddSingleton<DiscordAdmission>();
        services.AddSingleton<DiscordCommandRunner>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<DiscordWorker>(sp, sp.GetRequiredService<DiscordRestClient>()));
        services.AddHostedService(sp => sp.GetRequiredService<DiscordWorker>());

        // Slash commands arrive over HTTP when an Interactions Endpoint URL is set, else over the gateway.
        services.AddSingleton<InteractionRouter>();
        if (interactions)
            services.AddSingleton<InteractionEndpoint>();
        if (gateway)
        {
            services.TryAddSingleton<IGatewayConnector, ClientWebSocketConnector>();
            // One host alone owns its gateway; AddNewsBotPostgres replaces this with an owner elected in the shared database.
            services.TryAddSingleton<IGatewayOwnership, InMemoryGatewayOwnership>();
            services.AddSingleton<MessageCreateHandler>();
            services.AddSingleton(sp => ActivatorUtilities.CreateInstance<GatewayInteractionHandler>(sp, sp.GetRequiredService<DiscordRestClient>()));
            services.AddHostedService(sp => ActivatorUtilities.CreateInstance<GatewayClient>(sp, sp.GetRequiredService<DiscordRestClient>()));
        }
        return services;
    }

    /// <summary>Maps <c>POST /discord/interactions</c> when the public key is set.</summary>
    public static IEndpointRouteBuilder MapNewsBotDiscord(this IEndpointRouteBuilder endpoints)
    {
        // Resolved per request, so wrong settings surface through ValidateOnStart, not while mapping.
        if (endpoints.ServiceProvider.GetService<IServiceProviderIsService>()?.IsService(typeof(InteractionEndpoint)) != true)
            return endpoints;
        endpoints.MapPost("/discord/interactions", context => context.RequestServices.GetRequiredService<InteractionEndpoint>().HandleAsync(context));
        // With a bot token the gateway reports the front end's state; without one, the endpoint is all there is.
        if (endpoints.ServiceProvider.GetService<IServiceProviderIsService>()?.IsService(typeof(IGatewayConnector)) != true)
            endpoints.ServiceProvider.GetRequiredService<FrontEndStatus>()
                .Report(GatewayClient.Name, FrontEndState.Running, "serving POST /discord/interactions");
        return endpoints;
    }

    private static void ConfigureRestClient(IServiceProvider services, HttpClient http)
    {
        var options = services.GetRequiredService<IOptions<DiscordOptions>>().Value;
        var baseUrl = options.ApiBaseUrl.AbsoluteUri;
        http.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
        var version = typeof(DiscordServiceCollectionExtensions).Assembly.GetName().Version?.ToString(3) ?? "1.0.0";
        // Discord requires "DiscordBot ($url, $versionNumber)"; Cloudflare may block requests without it.
        http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", $"DiscordBot ({options.UserAgentUrl}, {version})");
        if (options.GatewayEnabled)
            http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bot " + options.BotToken);
    }
}
