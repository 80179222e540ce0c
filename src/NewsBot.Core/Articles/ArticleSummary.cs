namespace NewsBot.Core.Articles;

/// <summary>What a listing shows of one article.</summary>
public sealed record ArticleSummary(
    string Id,
    string Title,
    DateTimeOffset? Published,
    string? Source,
    string? Url)
{
    /// <summary>Other ids the same story was ingested under (duplicates of its text); listed here, not as entries of their own.</summary>
    public IReadOnlyList<string> AlsoAs { get; init; } = [];
}
