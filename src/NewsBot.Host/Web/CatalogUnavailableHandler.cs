using Microsoft.AspNetCore.Diagnostics;
using NewsBot.Core.Index;

namespace NewsBot.Host.Web;

/// <summary>
/// A shared catalog that cannot be reached (PostgreSQL down or restarting) answers 503 with a short reason, not a 500
/// and never "not found": the question is fine, the host cannot answer it now.
/// </summary>
internal sealed partial class CatalogUnavailableHandler(ILogger<CatalogUnavailableHandler> logger) : IExceptionHandler
{
    public const string Detail = "NewsBot cannot answer now: its article catalog cannot be reached. Please try again in a moment.";

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not CatalogUnavailableException)
            return false;
        LogUnavailable(logger, context.Request.Path, exception.InnerException?.Message ?? exception.Message);
        context.Response.Headers.RetryAfter = "5";
        await TypedResults.Problem(detail: Detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Cannot answer now")
            .ExecuteAsync(context);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Path} answered 503: the catalog cannot be reached ({Reason})")]
    private static partial void LogUnavailable(ILogger logger, string path, string reason);
}
