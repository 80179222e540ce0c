using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsBot.Core.Connections;
using NewsBot.Host.Web;

namespace NewsBot.Host.Tests;

public sealed class FrontEndHealthTests
{
    [Fact]
    public async Task A_host_on_standby_for_the_Discord_gateway_is_healthy_and_one_retrying_is_degraded()
    {
        var status = new FrontEndStatus(TimeProvider.System);
        status.Report("Slack", FrontEndState.Running, "connected");
        status.Report("Discord", FrontEndState.Standby, "another host holds the Discord gateway");

        Assert.Equal(HealthStatus.Healthy, (await new FrontEndHealth(status).CheckHealthAsync(new HealthCheckContext())).Status);

        status.Report("Discord", FrontEndState.Retrying, "connection lost");
        var retrying = await new FrontEndHealth(status).CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Degraded, retrying.Status);
        Assert.Contains("Discord", retrying.Description);
    }
}
