using NewsBot.Core.Search;

namespace NewsBot.Core.Index;

/// <summary>Settings of section <c>Index</c>.</summary>
public sealed class IndexOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Index";

    /// <summary>
    /// The SQLite catalog file (articles and passages, the system of record); the Lucene passage index derived from it
    /// lives in the folder beside it named after it with <c>.lucene</c> (<c>data/newsbot.lucene</c>).
    /// </summary>
    public string Path { get; set; } = "data/newsbot.db";

    /// <summary>
    /// How often (seconds) the passage index looks for catalog changes written by another process (a
    /// <c>newsbot ingest</c> while the host runs), or takes over the index's writer when that process has gone. 0.05–60.
    /// </summary>
    public double PollSeconds { get; set; } = 2;

    /// <summary>The Lucene index folder for a catalog file: beside it, the file's name with <c>.lucene</c>.</summary>
    public static string LuceneFolder(string catalogPath) => System.IO.Path.ChangeExtension(System.IO.Path.GetFullPath(catalogPath), ".lucene");

    /// <summary>Retrieval knobs (defaults measured in issue 6).</summary>
    public SearchTuning Search { get; set; } = new();
}
