namespace NewsBot.Core.Answering;

/// <summary>One numbered source behind an answer. <see cref="Quote"/> occurs verbatim in the article.</summary>
public sealed record Citation(
    int N,
    string ArticleId,
    string Title,
    string? Url,
    DateTimeOffset? Published,
    string PassageId,
    string Quote);
