using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Core;
using NewsBot.Host.Startup;

namespace NewsBot.Host.Cli;

/// <summary>Builds the service container a non-serving verb runs on (configuration, logging to stderr, the core).</summary>
internal static class CliServices
{
    /// <summary>
    /// The core services with <c>--index</c> applied; with <paramref name="syncArticles"/>, the <c>--articles</c>
    /// folder is synced into the index first.
    /// </summary>
    public static Task<ServiceProvider> BuildAsync(ParseResult parse, GlobalOptions globals, bool syncArticles, CancellationToken cancellationToken) =>
        BuildAsync(globals.Read(parse), syncArticles, cancellationToken);

    public static async Task<ServiceProvider> BuildAsync(HostSettings settings, bool syncArticles, CancellationToken cancellationToken)
    {
        var configuration = NewsBotConfiguration.Build(settings);
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging(logging => logging.AddNewsBotLogging(configuration));
        services.AddNewsBotCore();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        try
        {
            // ValidateOnStart only runs under a host; a verb checks its settings here so a wrong one fails at start.
            provider.GetService<IStartupValidator>()?.Validate();
            if (syncArticles)
                await ArticleFolderSync.SyncAsync(provider, settings, cancellationToken);
            return provider;
        }
        catch
        {
            await provider.DisposeAsync();
            throw;
        }
    }
}
