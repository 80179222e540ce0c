using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;
using NewsBot.Host.Startup;
using NewsBot.Host.Web;
using NewsBot.Testing;

namespace NewsBot.Host.Tests;

/// <summary>
/// The real web host on 127.0.0.1:0 with its own index file in a temp folder and the sample articles synced in
/// at start, exactly as <c>serve</c> runs it. Each test owns one.
/// </summary>
internal sealed class RunningHost : IAsyncDisposable
{
    private readonly TempDirectory _temp;

    private RunningHost(TempDirectory temp, WebApplication app, Uri address)
    {
        _temp = temp;
        App = app;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(20) };
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public Uri Address => Client.BaseAddress!;

    /// <param name="extend">Runs after the app is built and before it starts (a test can map an extra endpoint).</param>
    /// <param name="articles">The articles folder to sync in (default: the sample articles).</param>
    /// <param name="services">Runs after the host's registrations (a test can put a fake at a seam).</param>
    /// <param name="configuration">Settings that win over every other source (Slack or Discord pointed at a loopback peer).</param>
    public static async Task<RunningHost> StartAsync(
        Action<WebApplication>? extend = null, string? articles = null, Action<IServiceCollection>? services = null,
        IDictionary<string, string?>? configuration = null)
    {
        var temp = new TempDirectory();
        var settings = new HostSettings(articles ?? RepoPaths.SampleArticles, ArticlesGiven: true, temp.File("newsbot.db"), "http://127.0.0.1:0");
        WebApplication app;
        try
        {
            app = NewsBotWebApp.Build(settings, services, configuration);
            extend?.Invoke(app);
            await NewsBotWebApp.StartAsync(app, settings, CancellationToken.None);
        }
        catch
        {
            temp.Dispose();
            throw;
        }
        var address = NewsBotWebApp.Addresses(app).Single();
        return new RunningHost(temp, app, new Uri(address + "/"));
    }

    public async Task<JsonElement> PostJsonAsync(string path, object body, int expectedStatus = 200)
    {
        using var response = await Client.PostAsJsonAsync(path, body);
        return await ReadAsync(response, expectedStatus);
    }

    public async Task<JsonElement> PostRawAsync(string path, string body, int expectedStatus)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await Client.PostAsync(path, content);
        return await ReadAsync(response, expectedStatus);
    }

    public async Task<JsonElement> GetJsonAsync(string path, int expectedStatus = 200)
    {
        using var response = await Client.GetAsync(path);
        return await ReadAsync(response, expectedStatus);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, int expectedStatus)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == expectedStatus, $"expected {expectedStatus}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        _temp.Dispose();
    }
}
