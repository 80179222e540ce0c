namespace NewsBot.Core.Articles;

/// <summary>One page of the article listing. Serialises as <c>{"total","page","pageSize","items"}</c>.</summary>
public sealed record ArticlePage(
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<ArticleSummary> Items);
