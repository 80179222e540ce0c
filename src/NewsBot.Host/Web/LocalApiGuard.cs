using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace NewsBot.Host.Web;

/// <summary>
/// Keeps the local web chat and JSON API for the people it is served to: a request must name an allowed host
/// (DNS rebinding), a browser request must come from an allowed origin (a foreign page's cross-site POST), and a
/// POST to <c>/api/*</c> must be <c>application/json</c> (a "simple" text/plain POST skips the CORS preflight).
/// Slack's and Discord's endpoints are left to their signature checks, <c>/healthz</c> to any prober.
/// </summary>
internal sealed class LocalApiGuard(RequestDelegate next, IOptions<WebOptions> options)
{
    private readonly HashSet<string> _hosts = new(options.Value.AllowedHosts.Select(h => h.Trim()), StringComparer.OrdinalIgnoreCase);

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        // Health probes come from load balancers by any name and learn nothing about the collection.
        if (request.Path.StartsWithSegments("/slack") || request.Path.StartsWithSegments("/discord") || request.Path.StartsWithSegments("/healthz"))
        {
            await next(context);
            return;
        }
        if (!Allowed(request.Host.Host))
        {
            await RefuseAsync(context, StatusCodes.Status400BadRequest, "Host not allowed",
                $"This NewsBot answers to {string.Join(", ", _hosts)} (setting Web:AllowedHosts).");
            return;
        }
        if (request.Headers.Origin is [{ } origin] && !(Uri.TryCreate(origin, UriKind.Absolute, out var uri) && Allowed(uri.Host)))
        {
            await RefuseAsync(context, StatusCodes.Status403Forbidden, "Origin not allowed", "Requests from other sites are refused.");
            return;
        }
        if (HttpMethods.IsPost(request.Method) && request.Path.StartsWithSegments("/api") && !IsJson(request.ContentType))
        {
            await RefuseAsync(context, StatusCodes.Status415UnsupportedMediaType, "JSON required", "Send the body as application/json.");
            return;
        }
        await next(context);
    }

    private bool Allowed(string host) => _hosts.Contains("*") || _hosts.Contains(host) || _hosts.Contains($"[{host}]");

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media) && media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);

    private static Task RefuseAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        return Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(context);
    }
}
