namespace NewsBot.Core.Articles;

/// <summary>What a listing shows of one article.</summary>
public sealed record ArticleSummary(
    string Id,
    string Title,
    DateTimeOffset? Published,
    string? Source,
    string? Url);
