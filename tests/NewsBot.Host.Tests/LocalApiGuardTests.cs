using System.Net;
using System.Text;

namespace NewsBot.Host.Tests;

/// <summary>
/// The local API against a web page elsewhere: DNS rebinding (a foreign Host), a cross-site POST (a foreign Origin),
/// a "simple" text/plain POST that skips the CORS preflight; the platforms' endpoints and /healthz stay reachable.
/// </summary>
public sealed class LocalApiGuardTests
{
    private const string Question = """{"question":"where did they meet?"}""";

    [Fact]
    public async Task A_foreign_host_name_is_refused_and_a_loopback_one_answered()
    {
        await using var host = await RunningHost.StartAsync();

        using var foreign = await SendAsync(host, HttpMethod.Get, "api/articles", hostName: "evil.example.com");
        using var local = await SendAsync(host, HttpMethod.Get, "api/articles", hostName: "localhost");

        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Contains("Web:AllowedHosts", await foreign.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, local.StatusCode);
    }

    [Fact]
    public async Task A_cross_site_post_is_refused_and_a_same_site_one_answered()
    {
        await using var host = await RunningHost.StartAsync();

        using var foreign = await SendAsync(host, HttpMethod.Post, "api/ask", origin: "https://evil.example.com", json: Question);
        using var same = await SendAsync(host, HttpMethod.Post, "api/ask", origin: host.Address.GetLeftPart(UriPartial.Authority), json: Question);

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task A_post_to_the_api_that_is_not_json_gets_415(string? contentType)
    {
        await using var host = await RunningHost.StartAsync();

        using var response = await SendAsync(host, HttpMethod.Post, "api/ask", body: Question, contentType: contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Platform_endpoints_and_healthz_are_not_limited_by_host_name()
    {
        await using var host = await RunningHost.StartAsync();

        using var slack = await SendAsync(host, HttpMethod.Post, "slack/events", hostName: "bot.example.com", json: "{}");
        using var health = await SendAsync(host, HttpMethod.Get, "healthz", hostName: "10.0.0.7");

        // Slack is not configured here, so the route does not exist: a 404, not the guard's 400.
        Assert.Equal(HttpStatusCode.NotFound, slack.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    private static async Task<HttpResponseMessage> SendAsync(
        RunningHost running, HttpMethod method, string path, string? hostName = null, string? origin = null, string? json = null, string? body = null, string? contentType = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(running.Address, path));
        if (hostName is not null)
            request.Headers.Host = hostName;
        if (origin is not null)
            request.Headers.Add("Origin", origin);
        if (json is not null)
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        else if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null)
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
        return await running.Client.SendAsync(request);
    }
}
