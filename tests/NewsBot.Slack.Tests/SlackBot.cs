using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Core;
using NewsBot.Core.Admission;
using NewsBot.Core.Ingest;
using NewsBot.Slack.Queue;
using NewsBot.Slack.Tests.Fakes;
using NewsBot.Slack.Verification;
using NewsBot.Storage.Postgres;
using Npgsql;
using NewsBot.Testing;

namespace NewsBot.Slack.Tests;

/// <summary>
/// The bot as the host runs it, on 127.0.0.1: the real core over a fresh SQLite index of the sample articles, plus
/// the Slack front end pointed at a <see cref="FakeSlack"/>. Each test builds its own.
/// </summary>
public sealed class SlackBot : IAsyncDisposable
{
    public const string SigningSecret = "test-signing-secret-8f742231b10e";

    private readonly WebApplication _app;
    private readonly TempDirectory _data;
    private int _disposed;

    private SlackBot(WebApplication app, TempDirectory data, ListLoggerProvider logs)
    {
        _app = app;
        _data = data;
        Logs = logs;
    }

    public Uri Url { get; private set; } = null!;

    public ListLoggerProvider Logs { get; }

    public IServiceProvider Services => _app.Services;

    public HttpClient Http { get; } = new();

    /// <summary>Builds and starts the bot. <paramref name="socketMode"/> adds the app token; <paramref name="http"/> the signing secret.</summary>
    public static async Task<SlackBot> StartAsync(
        FakeSlack slack,
        bool socketMode = false,
        bool http = true,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null,
        bool ingest = true)
    {
        var data = new TempDirectory();
        var logs = new ListLoggerProvider();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = data.Path, EnvironmentName = "Test" });
        builder.Configuration.Sources.Clear();
        var config = new Dictionary<string, string?>
        {
            ["Index:Path"] = data.File("newsbot.db"),
            // Protocol tests: the encoder loads when a question needs it, not at every start.
            ["Embeddings:WarmUp"] = "false",
            ["Slack:BotToken"] = FakeSlack.BotToken,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.AbsoluteUri,
            ["Slack:ReconnectDelay"] = "00:00:00.050",
            ["Slack:MaxReconnectDelay"] = "00:00:00.200",
            ["Slack:MaxRetryDelay"] = "00:00:01",
        };
        if (socketMode)
            config["Slack:AppToken"] = FakeSlack.AppToken;
        if (http)
            config["Slack:SigningSecret"] = SigningSecret;
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            config[key] = value;
        builder.Configuration.AddInMemoryCollection(config);
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        services?.Invoke(builder.Services);
        builder.Services.AddNewsBotCore();
        builder.Services.AddNewsBotSlack(builder.Configuration);

        var app = builder.Build();
        app.MapNewsBotSlack();
        var bot = new SlackBot(app, data, logs);
        try
        {
            if (ingest)
                await app.Services.GetRequiredService<ArticleIngester>().IngestAsync([RepoPaths.SampleArticles], sync: false, CancellationToken.None);
            await app.StartAsync();
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        bot.Url = new Uri(address.TrimEnd('/') + "/");
        return bot;
    }

    /// <summary>
    /// One of several hosts behind the same Slack app: <c>Storage:Provider=Postgres</c> on <paramref name="database"/>
    /// (one catalog, one inbox, shared answered threads and conversations), its own index folder, short leases so a
    /// dead host's requests are taken over within seconds, and no per-user rate limit (tests send many questions).
    /// Its connection pools are kept small: two hosts at full tilt stay under the test server's 100 connections.
    /// </summary>
    public static Task<SlackBot> StartSharedAsync(
        FakeSlack slack, string database, Action<IServiceCollection>? services = null, bool socketMode = false, bool http = true) =>
        StartAsync(slack, socketMode, http, new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = new NpgsqlConnectionStringBuilder(database) { MaxPoolSize = 10 }.ToString(),
            ["Index:PollSeconds"] = "0.2",
            // Lexical search only: these tests are about who answers, and each host would load the encoder otherwise.
            ["Embeddings:Provider"] = "None",
            ["Inbox:LeaseSeconds"] = "2",
            ["Inbox:PollSeconds"] = "0.2",
            ["Slack:UserRequestsPerMinute"] = "0",
        }, s =>
        {
            s.AddNewsBotPostgres();
            services?.Invoke(s);
        });

    /// <summary>POSTs a body signed the way Slack signs it (or with the given timestamp/secret, to forge one).</summary>
    public async Task<HttpResponseMessage> PostSignedAsync(
        string path, string body, string contentType = "application/json", long? timestamp = null, string? secret = null, string? retryNum = null)
    {
        var ts = (timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds()).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var bytes = Encoding.UTF8.GetBytes(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Url, path.TrimStart('/')))
        {
            Content = new ByteArrayContent(bytes),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add("X-Slack-Request-Timestamp", ts);
        request.Headers.Add("X-Slack-Signature", SlackSignature.Compute(secret ?? SigningSecret, ts, bytes));
        if (retryNum is not null)
        {
            request.Headers.Add("X-Slack-Retry-Num", retryNum);
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }
        return await Http.SendAsync(request);
    }

    /// <summary>
    /// Waits until every piece of work and notice the bot accepted has been handled. Once an HTTP event is answered
    /// 200 or a Socket Mode envelope acked, its work is queued, so after this no further Slack call can come from it:
    /// the deterministic way to show that something was not answered.
    /// </summary>
    public Task IdleAsync() =>
        Eventually.TrueAsync(() => Services.GetRequiredService<WorkQueue<SlackJob, SlackNotice>>().Pending == 0, "the bot's work queue is idle");

    /// <summary>Stops the host, cutting short what it is answering (with a shared inbox another host takes that over); safe to call twice.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        Http.Dispose();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _app.StopAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Shutdown took too long; disposing below still releases everything.
        }
        await _app.DisposeAsync();
        _data.Dispose();
    }
}
