using NewsBot.Core.Articles;

namespace NewsBot.Host.Web;

/// <summary>
/// What <c>POST /api/command</c> answers: <see cref="Kind"/> is <c>ask</c> (then the page streams
/// <see cref="Question"/> from <c>/api/ask/stream</c>), <c>articles</c>, <c>article</c> or <c>help</c>.
/// </summary>
internal sealed record CommandResponse(string Kind)
{
    public string? Question { get; init; }
    public string? Filter { get; init; }
    public ArticlePage? Page { get; init; }
    public string? Id { get; init; }
    public ArticleDetail? Article { get; init; }
    public IReadOnlyList<string>? ClosestIds { get; init; }
    public string? Help { get; init; }
}
