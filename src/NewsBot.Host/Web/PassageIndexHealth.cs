using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsBot.Core.Index;

namespace NewsBot.Host.Web;

/// <summary>
/// <c>/healthz</c>'s passage-index line: not ready (503) until the index has taken in the catalog as it was at start
/// (a new host building its index from a shared catalog must not get traffic yet), then ready with its lag; a shared
/// catalog that cannot be reached is not ready either.
/// </summary>
internal sealed class PassageIndexHealth(PassageIndex index) : IHealthCheck
{
    public const string Name = "Passage index";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!index.IsReady)
                return Task.FromResult(HealthCheckResult.Unhealthy($"not ready: {index.SearchIndexState} from the catalog"));
            return Task.FromResult(HealthCheckResult.Healthy(index.ChangesBehind() is { } behind
                ? $"{index.SearchIndexState}, {behind} changes behind"
                : index.SearchIndexState));
        }
        catch (CatalogUnavailableException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("not ready: the catalog cannot be reached"));
        }
    }
}
