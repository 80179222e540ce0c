using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;

namespace NewsBot.Host.Cli;

/// <summary>Builds the service container a non-serving verb runs on (configuration, logging to stderr, the core).</summary>
internal static class CliServices
{
    /// <summary>
    /// The core services with <c>--index</c> applied; with <paramref name="syncArticles"/>, the <c>--articles</c>
    /// folder is synced into the index first.
    /// </summary>
    public static Task<ServiceProvider> BuildAsync(ParseResult parse, GlobalOptions globals, bool syncArticles, CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}
