using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Index;
using NewsBot.Core.Ingest;

namespace NewsBot.Host.Startup;

/// <summary>
/// Syncs the <c>--articles</c> folder into the index at start: new and changed files are ingested, articles whose
/// files are gone are removed. The default folder may be absent (skipped quietly), and is left out when an index is
/// named without <c>--articles</c> or the catalog is shared (<c>Storage:Provider=Postgres</c>); a folder named explicitly must exist.
/// </summary>
internal static partial class ArticleFolderSync
{
    public static async Task<IngestReport?> SyncAsync(IServiceProvider services, HostSettings settings, CancellationToken cancellationToken)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ArticleFolderSync).FullName!);
        // Only the embedded default (no --index, no --articles) takes in the default folder: a command that names an
        // index touches only what it is told (`ingest X --index mine.db` must not mix the sample articles in).
        if (!settings.ArticlesGiven && settings.IndexPath is not null)
        {
            LogDefaultSkipped(logger, settings.IndexPath);
            return null;
        }
        // A shared catalog takes a folder only when one is named: every host syncing its own ./articles would remove, as
        // "files gone", what another host's copy of the folder still holds.
        if (!settings.ArticlesGiven && services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider != StorageProvider.Sqlite)
        {
            LogDefaultSkippedShared(logger);
            return null;
        }
        var folder = Path.GetFullPath(settings.ArticlesFolder);
        if (!Directory.Exists(folder))
        {
            if (settings.ArticlesGiven)
                throw new CliUsageException($"--articles: folder '{settings.ArticlesFolder}' does not exist.");
            LogNoFolder(logger, folder);
            return null;
        }

        var report = await services.GetRequiredService<ArticleIngester>().IngestAsync([folder], sync: true, cancellationToken);
        LogSynced(logger, folder, report.Added, report.Updated, report.Unchanged, report.Removed, report.Duplicates.Count, report.Problems.Count);
        foreach (var problem in report.Problems)
            LogProblem(logger, problem.Path, problem.Reason);
        return report;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "--index {Index} given without --articles: the default articles folder is left out")]
    private static partial void LogDefaultSkipped(ILogger logger, string index);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "The catalog is shared (Storage:Provider): the default articles folder is left out; name one with --articles or use newsbot ingest")]
    private static partial void LogDefaultSkippedShared(ILogger logger);

    [LoggerMessage(Level = LogLevel.Debug, Message = "No articles folder at {Folder}; starting with the index as it is")]
    private static partial void LogNoFolder(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Synced {Folder}: {Added} added, {Updated} updated, {Unchanged} unchanged, {Removed} removed, {Duplicates} duplicates, {Problems} problems")]
    private static partial void LogSynced(ILogger logger, string folder, int added, int updated, int unchanged, int removed, int duplicates, int problems);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not ingest {Path}: {Reason}")]
    private static partial void LogProblem(ILogger logger, string path, string reason);
}
