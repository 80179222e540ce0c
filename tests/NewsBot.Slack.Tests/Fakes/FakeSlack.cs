using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsBot.Slack.Tests.Fakes;

/// <summary>
/// Slack on 127.0.0.1: the Web API (<c>POST /api/{method}</c>), Socket Mode (<c>/link</c> WebSocket, handed out by
/// <c>apps.connections.open</c>) and response URLs (<c>POST /response/{id}</c>). Records everything it receives.
/// </summary>
public sealed class FakeSlack : IAsyncDisposable
{
    public const string BotToken = "xoxb-fake-bot-token-0001";
    public const string AppToken = "xapp-fake-app-token-0001";
    public const string BotUserId = "UBOT0001";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeSlackCall> _calls = new();
    private readonly ConcurrentQueue<(int Connection, JsonObject Message, DateTimeOffset At)> _socketReceived = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeSlackResponse>> _scripted = new();
    private readonly Channel<FakeSocketConnection> _connections = Channel.CreateUnbounded<FakeSocketConnection>();
    private readonly ConcurrentBag<FakeSocketConnection> _open = [];
    private int _ts;
    private int _connectionCount;

    private FakeSlack(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    public Uri ApiBaseUrl => new(Url, "api/");

    public Uri ResponseUrl(string id) => new(Url, $"response/{id}");

    /// <summary>Whether the Socket Mode endpoint sends <c>hello</c> on connect.</summary>
    public bool SendHello { get; set; } = true;

    /// <summary>Methods the fake answers slowly (to hold a worker busy).</summary>
    public ConcurrentDictionary<string, TimeSpan> Delays { get; } = new();

    public IReadOnlyList<FakeSlackCall> Calls => [.. _calls];

    public IReadOnlyList<FakeSlackCall> CallsTo(string method) => [.. _calls.Where(c => c.Method == method)];

    public IReadOnlyList<(int Connection, JsonObject Message, DateTimeOffset At)> SocketReceived => [.. _socketReceived];

    public int ConnectionCount => Volatile.Read(ref _connectionCount);

    /// <summary>The bot user id <c>auth.test</c> reports.</summary>
    public string BotUser { get; private init; } = BotUserId;

    public static async Task<FakeSlack> StartAsync(string botUser = BotUserId)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeSlack(app) { BotUser = botUser };
        app.UseWebSockets();
        app.MapPost("/api/{method}", fake.ApiAsync);
        app.MapPost("/response/{id}", fake.ResponseAsync);
        app.Map("/link", fake.LinkAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.Url = new Uri(address.TrimEnd('/') + "/");
        return fake;
    }

    /// <summary>The next call to <paramref name="method"/> gets this answer instead of the normal one.</summary>
    public void Script(string method, FakeSlackResponse response) =>
        _scripted.GetOrAdd(method, _ => new ConcurrentQueue<FakeSlackResponse>()).Enqueue(response);

    public async Task<FakeSocketConnection> NextConnectionAsync(int timeoutMs = 8000)
    {
        using var timeout = new CancellationTokenSource(timeoutMs);
        return await _connections.Reader.ReadAsync(timeout.Token);
    }

    private async Task<IResult> ApiAsync(HttpContext http, string method)
    {
        var body = await ReadBodyAsync(http.Request);
        var auth = http.Request.Headers.Authorization.ToString();
        _calls.Enqueue(new FakeSlackCall(method, auth, body, DateTimeOffset.UtcNow));
        if (Delays.TryGetValue(method, out var delay))
            await Task.Delay(delay, http.RequestAborted);
        if (_scripted.TryGetValue(method, out var queue) && queue.TryDequeue(out var scripted))
        {
            if (scripted.RetryAfter is { } wait)
                http.Response.Headers.RetryAfter = ((int)wait.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Text(scripted.Body, "application/json", statusCode: scripted.Status);
        }
        var expectedToken = method == "apps.connections.open" ? AppToken : BotToken;
        if (auth != "Bearer " + expectedToken)
            return Json(new JsonObject { ["ok"] = false, ["error"] = "invalid_auth" });
        return method switch
        {
            "auth.test" => Json(new JsonObject { ["ok"] = true, ["user_id"] = BotUser, ["bot_id"] = "BBOT0001", ["team"] = "Fake team" }),
            "chat.postMessage" => Json(new JsonObject
            {
                ["ok"] = true,
                ["channel"] = body["channel"]?.GetValue<string>(),
                ["ts"] = $"1700000000.{Interlocked.Increment(ref _ts):D6}",
            }),
            "apps.connections.open" => Json(new JsonObject
            {
                ["ok"] = true,
                ["url"] = new Uri(Url, $"link?ticket={Guid.NewGuid():n}").AbsoluteUri.Replace("http://", "ws://"),
            }),
            _ => Json(new JsonObject { ["ok"] = true }),
        };
    }

    private async Task<IResult> ResponseAsync(HttpContext http, string id)
    {
        var body = await ReadBodyAsync(http.Request);
        _calls.Enqueue(new FakeSlackCall("response_url:" + id, http.Request.Headers.Authorization.ToString(), body, DateTimeOffset.UtcNow));
        return Results.Text("ok");
    }

    private async Task LinkAsync(HttpContext http)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = 400;
            return;
        }
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeSocketConnection(socket, Interlocked.Increment(ref _connectionCount),
            (n, message) => _socketReceived.Enqueue((n, message, DateTimeOffset.UtcNow)));
        _open.Add(connection);
        var run = connection.RunAsync(http.RequestAborted);
        if (SendHello)
            await connection.SendAsync("""{"type":"hello","num_connections":1,"debug_info":{"host":"fake","build_number":1,"approximate_connection_time":18060},"connection_info":{"app_id":"AFAKE"}}""");
        _connections.Writer.TryWrite(connection);
        await run;
    }

    private static async Task<JsonObject> ReadBodyAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync();
        if (request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) == true)
            return JsonNode.Parse(text) as JsonObject ?? [];
        var form = new JsonObject();
        foreach (var (key, value) in QueryHelpers.ParseQuery(text))
            form[key] = value.ToString();
        return form;
    }

    private static IResult Json(JsonObject body) => Results.Text(body.ToJsonString(), "application/json");

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _open)
            connection.Drop();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
