namespace NewsBot.Core.Articles;

/// <summary>The article asked for, or, when the id is unknown, the closest known ids.</summary>
public sealed record ArticleLookup(ArticleDetail? Article, IReadOnlyList<string> ClosestIds)
{
    /// <summary>True when the id named a stored article.</summary>
    public bool Found => Article is not null;
}
