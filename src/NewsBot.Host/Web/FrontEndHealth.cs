using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsBot.Core.Connections;

namespace NewsBot.Host.Web;

/// <summary>
/// <c>/healthz</c>: the web chat and API are up whenever this answers, so a front end that is not running makes the
/// host Degraded (still 200), never Unhealthy. The body's first line stays the status word (<c>Healthy</c> with no
/// front ends), then one line per front end: <c>Slack: retrying: …</c>.
/// </summary>
internal sealed class FrontEndHealth(FrontEndStatus status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var notRunning = status.All.Where(r => r.State != FrontEndState.Running).Select(r => r.Name).ToList();
        return Task.FromResult(notRunning.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded($"not running: {string.Join(", ", notRunning)}"));
    }

    /// <summary>The response body: the overall status, then each front end's state and why.</summary>
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var body = new StringBuilder(report.Status.ToString());
        foreach (var frontEnd in context.RequestServices.GetRequiredService<FrontEndStatus>().All)
            body.Append('\n').Append(frontEnd.Name).Append(": ").Append(Describe(frontEnd.State)).Append(": ").Append(frontEnd.Detail);
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(body.ToString(), context.RequestAborted);
    }

    private static string Describe(FrontEndState state) => state switch
    {
        FrontEndState.BadSetting => "bad setting",
        _ => state.ToString().ToLowerInvariant(),
    };
}
