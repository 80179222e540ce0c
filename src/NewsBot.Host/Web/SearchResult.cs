namespace NewsBot.Host.Web;

/// <summary>One passage found by <c>POST /api/search</c>.</summary>
internal sealed record SearchResult(string ArticleId, string PassageId, double Score, string Text);
