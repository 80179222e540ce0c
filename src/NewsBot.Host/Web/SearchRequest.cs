using NewsBot.Host.Startup;

namespace NewsBot.Host.Web;

/// <summary>Body of <c>POST /api/search</c>; <see cref="K"/> defaults to 8.</summary>
internal sealed record SearchRequest(string? Query, int? K)
{
    public string? Problem(int maxQueryChars) =>
        InputLimits.QuestionProblem(Query, maxQueryChars, "query")
        ?? (K is < InputLimits.MinSearchK or > InputLimits.MaxSearchK
            ? $"'k' must be between {InputLimits.MinSearchK} and {InputLimits.MaxSearchK}; got {K}."
            : null);
}
