using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Core;
using NewsBot.Core.Index;
using NewsBot.Host.Startup;
using NewsBot.Storage.Postgres;

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

    /// <summary>
    /// For a verb that only reads (<c>articles</c>, <c>article</c>): the index must exist already, because opening a
    /// missing file would create it. Only a folder named with <c>--articles</c> is synced (written) first.
    /// </summary>
    public static Task<ServiceProvider> BuildForReadingAsync(ParseResult parse, GlobalOptions globals, CancellationToken cancellationToken)
    {
        var settings = globals.Read(parse);
        return BuildAsync(settings, syncArticles: settings.ArticlesGiven, cancellationToken, mustExist: !settings.ArticlesGiven);
    }

    public static async Task<ServiceProvider> BuildAsync(HostSettings settings, bool syncArticles, CancellationToken cancellationToken, bool mustExist = false)
    {
        var configuration = NewsBotConfiguration.Build(settings);
        var provider = CoreServiceProvider.Build(configuration, logging => logging.AddNewsBotLogging(configuration, quiet: true),
            storage: services => services.AddNewsBotPostgres());
        try
        {
            var index = provider.GetRequiredService<IOptions<IndexOptions>>().Value.Path;
            // A shared catalog (PostgreSQL) is there whatever this host's folder holds; only a catalog file can be missing.
            var embedded = provider.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == StorageProvider.Sqlite;
            if (mustExist && embedded && !File.Exists(index))
                throw new CliUsageException(
                    $"No index at '{index}': nothing has been ingested there. Create it with 'newsbot ingest FOLDER --index {index}'.");
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
