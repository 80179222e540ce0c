namespace NewsBot.Host.Web;

/// <summary>ProblemDetails responses that name the problem.</summary>
internal static class ApiProblems
{
    public static IResult BadRequest(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");

    public static IResult ArticleNotFound(string id, IReadOnlyList<string> closestIds) =>
        TypedResults.Problem(
            detail: closestIds.Count == 0 ? $"No article '{id}'." : $"No article '{id}'. Closest ids: {string.Join(", ", closestIds)}",
            statusCode: StatusCodes.Status404NotFound,
            title: "Article not found",
            extensions: new Dictionary<string, object?> { ["closestIds"] = closestIds });
}
