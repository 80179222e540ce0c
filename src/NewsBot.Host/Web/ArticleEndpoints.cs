using System.Globalization;
using NewsBot.Core.Commands;
using NewsBot.Host.Startup;

namespace NewsBot.Host.Web;

/// <summary><c>GET /api/articles?page=&amp;q=</c> (an ArticlePage) and <c>GET /api/articles/{id}</c> (an ArticleDetail or 404).</summary>
internal static class ArticleEndpoints
{
    public static IEndpointRouteBuilder MapArticleEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/articles", List);
        endpoints.MapGet("/api/articles/{id}", Find);
        return endpoints;
    }

    private static IResult List(HttpRequest request, BotCommands commands)
    {
        var pageText = request.Query["page"].ToString();
        var page = 1;
        if (pageText.Length > 0 && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
            return ApiProblems.BadRequest($"'page' must be a whole number from 1; got '{Shorten(pageText)}'.");
        var filter = request.Query["q"].ToString();
        if (filter.Length > InputLimits.MaxFilterChars)
            return ApiProblems.BadRequest($"'q' is longer than {InputLimits.MaxFilterChars} characters.");
        return TypedResults.Json(commands.Articles(page, filter), ApiJson.Compact);
    }

    private static IResult Find(string id, BotCommands commands)
    {
        var lookup = commands.Article(id);
        return lookup.Article is { } article
            ? TypedResults.Json(article, ApiJson.Compact)
            : ApiProblems.ArticleNotFound(Shorten(id), lookup.ClosestIds);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
