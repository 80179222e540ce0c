using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsBot.Testing;

/// <summary>
/// An OpenAI-compatible chat-completions server on 127.0.0.1 (Kestrel, port 0): <c>POST {basePath}/chat/completions</c>
/// answers with JSON, or with SSE chunks (<c>data: {…}</c> … <c>data: [DONE]</c>) when the request says <c>"stream": true</c>.
/// Records every request; answers follow the script, repeating the last entry when it runs out.
/// </summary>
public sealed class FakeChatModelServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeChatResponse> _script = new();
    private readonly ConcurrentQueue<RecordedChatRequest> _requests = new();
    private FakeChatResponse _last = FakeChatResponse.Completion("They met in New Delhi [1].");

    private FakeChatModelServer(WebApplication app, string basePath)
    {
        _app = app;
        BasePath = basePath.TrimEnd('/');
        _app.MapPost(BasePath + "/chat/completions", HandleAsync);
    }

    /// <summary>The path the completions endpoint lives under, e.g. <c>/openai/v1</c> (Azure v1) or <c>/v1</c>.</summary>
    public string BasePath { get; }

    /// <summary>The endpoint to configure (<c>ChatModel:Endpoint</c>), ending in a slash.</summary>
    public string Endpoint => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + BasePath + "/";

    /// <summary>Every request received, in order.</summary>
    public IReadOnlyList<RecordedChatRequest> Requests => [.. _requests];

    public static async Task<FakeChatModelServer> StartAsync(string basePath = "/v1")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new FakeChatModelServer(builder.Build(), basePath);
        await server._app.StartAsync();
        return server;
    }

    /// <summary>Queues answers, in order.</summary>
    public FakeChatModelServer Script(params FakeChatResponse[] responses)
    {
        foreach (var response in responses)
            _script.Enqueue(response);
        return this;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
        _requests.Enqueue(new RecordedChatRequest(context.Request.Method, context.Request.Path, headers, body));

        var response = _script.TryDequeue(out var next) ? _last = next : _last;
        if (response.Delay > TimeSpan.Zero)
            await Task.Delay(response.Delay, context.RequestAborted);
        context.Response.StatusCode = response.Status;
        if (response.RetryAfter is not null)
            context.Response.Headers.RetryAfter = response.RetryAfter;
        if (response.RawBody is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.RawBody, context.RequestAborted);
            return;
        }
        var model = JsonDocument.Parse(body).RootElement.GetProperty("model").GetString() ?? "unknown";
        if (body.Contains("\"stream\":true", StringComparison.Ordinal))
            await StreamAsync(context, response, model);
        else
            await context.Response.WriteAsJsonAsync(Completion(response, model), context.RequestAborted);
    }

    // Content arrives word by word, then a finish chunk, then the usage chunk, then [DONE] — as OpenAI sends it.
    private static async Task StreamAsync(HttpContext context, FakeChatResponse response, string model)
    {
        context.Response.ContentType = "text/event-stream";
        var pieces = System.Text.RegularExpressions.Regex.Split(response.Text ?? "", @"(?<=\s)");
        foreach (var piece in pieces.Where(p => p.Length > 0))
            await SendAsync(context, Chunk(model, new { role = "assistant", content = piece }, finish: null));
        await SendAsync(context, Chunk(model, new { }, finish: "stop"));
        await SendAsync(context, new
        {
            id = "chatcmpl-fake", @object = "chat.completion.chunk", created = 1_700_000_000, model,
            choices = Array.Empty<object>(), usage = Usage(response),
        });
        await context.Response.WriteAsync("data: [DONE]\n\n", context.RequestAborted);
    }

    private static async Task SendAsync(HttpContext context, object chunk)
    {
        await context.Response.WriteAsync($"data: {JsonSerializer.Serialize(chunk)}\n\n", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    private static object Chunk(string model, object delta, string? finish) => new
    {
        id = "chatcmpl-fake", @object = "chat.completion.chunk", created = 1_700_000_000, model,
        choices = new[] { new { index = 0, delta, finish_reason = finish } },
    };

    private static object Completion(FakeChatResponse response, string model) => new
    {
        id = "chatcmpl-fake", @object = "chat.completion", created = 1_700_000_000, model,
        choices = new[] { new { index = 0, message = new { role = "assistant", content = response.Text ?? "" }, finish_reason = "stop" } },
        usage = Usage(response),
    };

    private static object Usage(FakeChatResponse response) => new
    {
        prompt_tokens = response.PromptTokens,
        completion_tokens = response.CompletionTokens,
        total_tokens = response.PromptTokens + response.CompletionTokens,
    };
}
