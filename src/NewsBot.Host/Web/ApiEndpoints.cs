using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace NewsBot.Host.Web;

/// <summary>The JSON API, a stable contract scripts depend on (see docs/host.md).</summary>
internal static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapNewsBotApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAskEndpoints();
        endpoints.MapArticleEndpoints();
        endpoints.MapSearchEndpoints();
        endpoints.MapCommandEndpoints();
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = FrontEndHealth.WriteAsync });
        return endpoints;
    }
}
