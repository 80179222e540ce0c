using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Core;
using NewsBot.Core.Admission;
using NewsBot.Core.Ingest;
using NewsBot.Discord.Queue;
using NewsBot.Testing;

namespace NewsBot.Discord.Tests.Fakes;

/// <summary>
/// The bot as the host runs it: the real core (a fresh SQLite index with the sample articles) plus
/// <c>AddNewsBotDiscord</c>/<c>MapNewsBotDiscord</c>, on Kestrel at 127.0.0.1, pointed at a <see cref="FakeDiscord"/>.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TempDirectory _folder;
    private readonly HttpClient _http;

    private BotHost(WebApplication app, TempDirectory folder)
    {
        _app = app;
        _folder = folder;
        _http = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromSeconds(10) };
    }

    public TestSigner Signer { get; } = new();
    public CapturedLogs Logs { get; private init; } = new();
    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// Starts the bot. <paramref name="gateway"/> adds a bot token (the gateway starts); <paramref name="ingest"/> loads the
    /// sample articles; <paramref name="time"/> replaces the clock (virtual time for heartbeats and backoff).
    /// </summary>
    public static async Task<BotHost> StartAsync(
        FakeDiscord discord, bool gateway = false, bool ingest = true, IDictionary<string, string?>? settings = null, TimeProvider? time = null,
        Action<IServiceCollection>? services = null)
    {
        var folder = new TempDirectory();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var logs = new CapturedLogs();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        var config = new Dictionary<string, string?>
        {
            ["Index:Path"] = folder.File("index.db"),
            // Protocol tests: the encoder loads when a question needs it, not at every start.
            ["Embeddings:WarmUp"] = "false",
            ["Discord:ApplicationId"] = FakeDiscord.ApplicationId,
            ["Discord:PublicKey"] = new TestSigner().PublicKeyHex,
            ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl.ToString(),
            ["Discord:ReconnectBaseDelay"] = "00:00:00.020",
            ["Discord:ReconnectMaxDelay"] = "00:00:00.200",
            ["Discord:BotToken"] = gateway ? "test-bot-token" : null,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            config[key] = value;
        builder.Configuration.AddInMemoryCollection(config);
        if (time is not null)
            builder.Services.AddSingleton(time);
        services?.Invoke(builder.Services);
        builder.Services.AddNewsBotCore();
        builder.Services.AddNewsBotDiscord(builder.Configuration);
        var app = builder.Build();
        app.MapNewsBotDiscord();
        if (ingest)
            await app.Services.GetRequiredService<ArticleIngester>().IngestAsync([RepoPaths.SampleArticles], sync: false, CancellationToken.None);
        await app.StartAsync();
        return new BotHost(app, folder) { Logs = logs };
    }

    /// <summary>POSTs an interaction signed with the bot's key (or with <paramref name="signature"/> when given).</summary>
    public Task<HttpResponseMessage> PostInteractionAsync(string body, string? signature = null, string? timestamp = null)
    {
        var ts = timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Signature-Ed25519", signature ?? Signer.Sign(ts, body));
        request.Headers.Add("X-Signature-Timestamp", ts);
        return _http.SendAsync(request);
    }

    /// <summary>
    /// Waits until every piece of work and notice the bot accepted has been handled, so no further Discord call can
    /// come from it: the deterministic way to show that something was not answered.
    /// </summary>
    public Task IdleAsync() =>
        Eventually.TrueAsync(() => Services.GetRequiredService<WorkQueue<DiscordJob, DiscordNotice>>().Pending == 0, "the bot's work queue is idle");

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _folder.Dispose();
    }
}
