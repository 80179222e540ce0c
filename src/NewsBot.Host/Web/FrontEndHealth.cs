using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using NewsBot.Core.Connections;
using NewsBot.Core.Index;

namespace NewsBot.Host.Web;

/// <summary>
/// <c>/healthz</c>: the web chat and API are up whenever this answers, so a front end that is neither running nor on
/// standby (another host holds the Discord gateway) makes the
/// host Degraded (still 200), never Unhealthy (only the passage index, <see cref="PassageIndexHealth"/>, makes it
/// Unhealthy: not ready yet). The body's first line stays the status word (<c>Healthy</c> with no front ends), then the
/// passage index when the catalog is shared or the index not ready (<c>Passage index: ready, 0 changes behind</c>),
/// then one line per front end: <c>Slack: retrying: …</c>.
/// </summary>
internal sealed class FrontEndHealth(FrontEndStatus status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // A standby host (another host holds the Discord gateway) does what it should: healthy, as when running.
        var notRunning = status.All.Where(r => r.State is not (FrontEndState.Running or FrontEndState.Standby)).Select(r => r.Name).ToList();
        return Task.FromResult(notRunning.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded($"not running: {string.Join(", ", notRunning)}"));
    }

    /// <summary>The response body: the overall status, then each front end's state and why.</summary>
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var body = new StringBuilder(report.Status.ToString());
        // The embedded default says nothing of its index while it is ready (its body stays one word); a shared catalog's
        // host always reports how far its own index is behind.
        var shared = context.RequestServices.GetRequiredService<IOptions<StorageOptions>>().Value.Provider != StorageProvider.Sqlite;
        if (report.Entries.TryGetValue(PassageIndexHealth.Name, out var index) && (shared || index.Status != HealthStatus.Healthy))
            body.Append('\n').Append(PassageIndexHealth.Name).Append(": ").Append(index.Description);
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
