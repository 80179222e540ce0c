using Microsoft.Extensions.Options;
using NewsBot.Core.Answering;
using NewsBot.Core.Index;
using NewsBot.Host.Startup;

namespace NewsBot.Host.Web;

/// <summary><c>POST /api/search {"query","k"}</c> → the top passages, best first.</summary>
internal static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/search", SearchAsync);
        return endpoints;
    }

    private static async Task<IResult> SearchAsync(
        HttpRequest request, PassageIndex index, IOptions<AnsweringOptions> answering, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<SearchRequest>(request, cancellationToken);
        if ((problem ?? body!.Problem(answering.Value.MaxQuestionChars)) is { } bad)
            return ApiProblems.BadRequest(bad);
        var hits = index.Search(body!.Query!.Trim(), body.K ?? InputLimits.DefaultSearchK);
        var results = hits.Select(hit => new SearchResult(hit.Passage.ArticleId, hit.Passage.Id, hit.Score, hit.Passage.Text)).ToList();
        return TypedResults.Json(results, ApiJson.Compact);
    }
}
