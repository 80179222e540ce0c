using Microsoft.Extensions.Logging;

namespace NewsBot.Core.Ingest;

/// <summary>Log messages of the ingest.</summary>
internal static partial class IngestLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Not ingested: {Location}: {Reason}")]
    public static partial void InputFailed(ILogger logger, string location, string reason, Exception? exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sync removed {Count} articles whose files are gone from {Folder}")]
    public static partial void Removed(ILogger logger, int count, string folder);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Ingested {Files} files: {Added} added, {Updated} updated, {Unchanged} unchanged, {Removed} removed, {Duplicates} duplicates, {Problems} problems, {Skipped} skipped, {Passages} passages written")]
    public static partial void Finished(ILogger logger, int files, int added, int updated, int unchanged, int removed, int duplicates, int problems, int skipped, int passages);
}
