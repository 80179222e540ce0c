namespace NewsBot.Core.Index;

/// <summary>Settings of section <c>Index</c>.</summary>
public sealed class IndexOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Index";

    /// <summary>The SQLite file holding articles, passages and the FTS5 index.</summary>
    public string Path { get; set; } = "data/newsbot.db";

    /// <summary>Retrieval knobs (defaults measured in issue 6).</summary>
    public SearchTuning Search { get; set; } = new();
}
