using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace NewsBot.Discord.Tests.Fakes;

/// <summary>
/// Discord on 127.0.0.1: a real Kestrel server speaking the REST API v10 routes the bot uses (recording every
/// request) and a real WebSocket gateway (<see cref="FakeGateway"/>). Tests program rate limits and delays.
/// </summary>
public sealed class FakeDiscord : IAsyncDisposable
{
    public const string ApplicationId = "771825006014889000";
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RateLimitRule> _rateLimits = new();
    private readonly ConcurrentDictionary<string, (string Id, DateTimeOffset At)> _nonces = new(StringComparer.Ordinal);
    private readonly Lock _creating = new();
    private TaskCompletionSource? _holdNextMessage;
    private (int Ordinal, TaskCompletionSource Hold)? _holdFollowup;
    private string _commandSet = "[]";
    private int _messageIds = 1000;

    private FakeDiscord(WebApplication app, FakeGateway gateway)
    {
        _app = app;
        Gateway = gateway;
    }

    public Recorder<RecordedRequest> Requests { get; } = new();
    public FakeGateway Gateway { get; }
    public Uri BaseUrl { get; private set; } = null!;
    public Uri ApiBaseUrl => new(BaseUrl, "api/v10/");

    /// <summary>How long an edit of an original response takes (to keep workers busy in queue tests).</summary>
    public TimeSpan EditDelay { get; set; }

    /// <summary>Edits of an original response wait for this before they are answered (holds a worker busy for a test).</summary>
    public Task EditGate { get; set; } = Task.CompletedTask;

    /// <summary>Paths of the edits that have arrived, answered yet or not.</summary>
    public Recorder<string> EditsArrived { get; } = new();

    /// <summary>How long creating a channel message takes.</summary>
    public TimeSpan MessageDelay { get; set; }

    /// <summary>
    /// Channel messages the fake created (not those a repeated nonce with <c>enforce_nonce</c> returned): what the
    /// channel shows. The body is the request's.
    /// </summary>
    public Recorder<RecordedRequest> CreatedMessages { get; } = new();

    /// <summary>How long a nonce with <c>enforce_nonce</c> is remembered: Discord says "the past few minutes".</summary>
    public TimeSpan NonceWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The next channel message is created, then its response waits for the returned source (a host that posted and
    /// died before it heard back). Later messages are not held.
    /// </summary>
    public TaskCompletionSource HoldNextMessageResponse()
    {
        var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _holdNextMessage = hold;
        return hold;
    }

    /// <summary>Bodies of the interaction follow-ups (<c>POST webhooks/{app}/{token}</c>) as they arrive, answered yet or not.</summary>
    public Recorder<RecordedRequest> FollowupsArrived { get; } = new();

    /// <summary>The <paramref name="ordinal"/>-th follow-up (1 = the first) is created, then its response waits for the returned source.</summary>
    public TaskCompletionSource HoldFollowup(int ordinal)
    {
        var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _holdFollowup = (ordinal, hold);
        return hold;
    }

    /// <summary>X-RateLimit-Remaining sent on channel-message responses (Reset-After is <see cref="BucketResetAfter"/>).</summary>
    public int BucketRemaining { get; set; } = 5;
    public double BucketResetAfter { get; set; } = 1;

    public static async Task<FakeDiscord> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var fake = new FakeDiscord(app, new FakeGateway());
        app.UseWebSockets();
        app.Map("/gateway", context => fake.Gateway.AcceptAsync(context, "/gateway"));
        app.Map("/resume", context => fake.Gateway.AcceptAsync(context, "/resume"));
        app.Map("/api/v10/{**path}", fake.HandleRestAsync);
        await app.StartAsync();
        fake.BaseUrl = new Uri(app.Urls.First() + "/");
        fake.Gateway.BaseUrl = fake.BaseUrl;
        return fake;
    }

    public void RateLimitNext(string pathPrefix, int times, double retryAfterSeconds, bool inBody = true, bool global = false) =>
        _rateLimits.Enqueue(new RateLimitRule(pathPrefix, times, retryAfterSeconds, inBody, global));

    /// <summary>The next <paramref name="times"/> <paramref name="method"/> requests under the prefix fail with <paramref name="status"/>.</summary>
    public void FailNext(string method, string pathPrefix, int times, int status) =>
        _rateLimits.Enqueue(new RateLimitRule(pathPrefix, times, 0, inBody: false, status: status, method: method));

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleRestAsync(HttpContext context)
    {
        var request = context.Request;
        var path = (string)context.Request.RouteValues["path"]!;
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        var status = await RespondAsync(context, request.Method, path, body);
        Requests.Add(new RecordedRequest(request.Method, path, body, request.Headers.Authorization, request.Headers.UserAgent,
            status, DateTimeOffset.UtcNow));
    }

    private async Task<int> RespondAsync(HttpContext context, string method, string path, string body)
    {
        var response = context.Response;
        if (_rateLimits.FirstOrDefault(r => r.TryTake(method, path)) is { } limit)
        {
            if (limit.Status != 429)
            {
                response.StatusCode = limit.Status;
                await response.WriteAsJsonAsync(new { code = 0, message = "Fake failure" });
                return limit.Status;
            }
            response.StatusCode = 429;
            var seconds = limit.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            response.Headers["X-RateLimit-Scope"] = limit.Global ? "global" : "user";
            if (limit.Global)
                response.Headers["X-RateLimit-Global"] = "true";
            if (limit.InBody)
                await response.WriteAsJsonAsync(new { message = "You are being rate limited.", retry_after = limit.RetryAfterSeconds, global = limit.Global });
            else
                response.Headers.RetryAfter = seconds;
            return 429;
        }

        switch (method, path.Split('/'))
        {
            case ("GET", ["gateway", "bot"]):
                await response.WriteAsJsonAsync(new { url = Gateway.Url("/gateway").ToString(), shards = 1 });
                return 200;
            case ("PUT", ["applications", _, "commands"] or ["applications", _, "guilds", _, "commands"]):
                return await StoreCommandsAsync(response, body);
            case ("PATCH", ["webhooks", _, _, "messages", "@original"]):
                EditsArrived.Add(path);
                await EditGate;
                await Task.Delay(EditDelay);
                return await MessageAsync(response);
            case ("POST", ["webhooks", _, _]):
                FollowupsArrived.Add(new RecordedRequest(method, path, body, null, null, 200, DateTimeOffset.UtcNow));
                if (_holdFollowup is { } held && FollowupsArrived.Snapshot().Count == held.Ordinal)
                    await held.Hold.Task;
                return await MessageAsync(response);
            case ("POST", ["interactions", _, _, "callback"]):
                response.StatusCode = 204;
                return 204;
            case ("DELETE", ["webhooks", _, _, "messages", "@original"]):
                response.StatusCode = 204;
                return 204;
            case ("POST", ["channels", _, "typing"]):
                response.StatusCode = 204;
                return 204;
            case ("POST", ["channels", _, "messages"]):
                response.Headers["X-RateLimit-Bucket"] = "channel-messages";
                response.Headers["X-RateLimit-Limit"] = "5";
                response.Headers["X-RateLimit-Remaining"] = BucketRemaining.ToString(CultureInfo.InvariantCulture);
                response.Headers["X-RateLimit-Reset-After"] = BucketResetAfter.ToString(CultureInfo.InvariantCulture);
                await Task.Delay(MessageDelay);
                return await CreateMessageAsync(response, method, path, body);
            default:
                response.StatusCode = 404;
                await response.WriteAsJsonAsync(new { code = 10015, message = "Unknown route in the fake" });
                return 404;
        }
    }

    private async Task<int> MessageAsync(HttpResponse response)
    {
        await response.WriteAsJsonAsync(new { id = Interlocked.Increment(ref _messageIds).ToString(CultureInfo.InvariantCulture) });
        return 200;
    }

    /// <summary>
    /// As Discord does with <c>enforce_nonce: true</c> (protocols A5): a nonce the bot used within
    /// <see cref="NonceWindow"/> returns that message and creates nothing; a nonce over 25 characters is a bad form body.
    /// </summary>
    private async Task<int> CreateMessageAsync(HttpResponse response, string method, string path, string body)
    {
        var json = JsonDocument.Parse(body).RootElement;
        var nonce = json.TryGetProperty("nonce", out var n) ? n.GetString() : null;
        var enforce = json.TryGetProperty("enforce_nonce", out var e) && e.GetBoolean();
        if (nonce?.Length > 25)
        {
            response.StatusCode = 400;
            await response.WriteAsJsonAsync(new { code = 50035, message = "Invalid Form Body", errors = new { nonce = "Must be 25 or fewer in length." } });
            return 400;
        }
        string id;
        var created = false;
        lock (_creating)
        {
            var now = DateTimeOffset.UtcNow;
            if (enforce && nonce is not null && _nonces.TryGetValue(nonce, out var earlier) && now - earlier.At < NonceWindow)
            {
                id = earlier.Id;
            }
            else
            {
                id = Interlocked.Increment(ref _messageIds).ToString(CultureInfo.InvariantCulture);
                if (enforce && nonce is not null)
                    _nonces[nonce] = (id, now);
                created = true;
            }
        }
        if (created)
        {
            CreatedMessages.Add(new RecordedRequest(method, path, body, null, null, 200, DateTimeOffset.UtcNow));
            if (Interlocked.Exchange(ref _holdNextMessage, null) is { } hold)
                await hold.Task;
        }
        await response.WriteAsJsonAsync(new { id, nonce });
        return 200;
    }

    private async Task<int> StoreCommandsAsync(HttpResponse response, string body)
    {
        // Bulk overwrite: the stored set becomes exactly what was sent, with ids Discord would assign.
        var sent = JsonSerializer.Deserialize<List<Dictionary<string, JsonElement>>>(body) ?? [];
        var stored = sent.Select(c => c.Append(new("id", JsonSerializer.SerializeToElement(
            ((uint)c["name"].GetString()!.GetHashCode(StringComparison.Ordinal)).ToString(CultureInfo.InvariantCulture)))).ToDictionary());
        _commandSet = JsonSerializer.Serialize(stored);
        response.ContentType = "application/json";
        await response.WriteAsync(_commandSet);
        return 200;
    }
}
