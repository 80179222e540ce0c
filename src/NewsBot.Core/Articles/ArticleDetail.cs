namespace NewsBot.Core.Articles;

/// <summary>What the <c>article ID</c> command shows.</summary>
public sealed record ArticleDetail(
    string Id,
    string Title,
    DateTimeOffset? Published,
    string? Source,
    string? Url,
    string OpeningPassage,
    int PassageCount);
