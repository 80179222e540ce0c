namespace NewsBot.Core.Ingest;

/// <summary>Settings of section <c>Ingest</c>.</summary>
public sealed class IngestOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Ingest";

    /// <summary>How long fetching one feed or page may take, headers and body together.</summary>
    public TimeSpan FetchTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A download larger than this is refused (a feed or page, not a video).</summary>
    public long MaxDownloadBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>A file larger than this is reported instead of read.</summary>
    public long MaxFileBytes { get; set; } = 256 * 1024 * 1024;

    /// <summary>Articles written per index transaction (larger is faster; readers see progress at each commit).</summary>
    public int BatchSize { get; set; } = 500;
}
