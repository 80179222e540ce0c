using System.Collections.Concurrent;
using System.Net;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsBot.Testing;

/// <summary>
/// An OpenAI-compatible chat-completions server on 127.0.0.1 (Kestrel, port 0): <c>POST {basePath}/chat/completions</c>
/// and Azure OpenAI's <c>POST /openai/deployments/{deployment}/chat/completions?api-version=…</c> answer with JSON, or with
/// SSE chunks (<c>data: {…}</c> … <c>data: [DONE]</c>) when the request says <c>"stream": true</c>; <c>…/embeddings</c>
/// on either path answers with one small vector per input. Records every request; chat answers follow the script,
/// repeating the last entry when it runs out.
/// </summary>
public sealed class FakeChatModelServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeChatResponse> _script = new();
    private readonly ConcurrentQueue<RecordedChatRequest> _requests = new();
    private X509Certificate2? _certificate;
    private FakeChatResponse _last = FakeChatResponse.Completion("They met in New Delhi [1].");

    private FakeChatModelServer(WebApplication app, string basePath)
    {
        _app = app;
        BasePath = basePath.TrimEnd('/');
        _app.MapPost(BasePath + "/chat/completions", HandleAsync);
        _app.MapPost("/openai/deployments/{deployment}/chat/completions", HandleAsync);
        _app.MapPost(BasePath + "/embeddings", EmbedAsync);
        _app.MapPost("/openai/deployments/{deployment}/embeddings", EmbedAsync);
    }

    /// <summary>The path the completions endpoint lives under, e.g. <c>/openai/v1</c> (Azure v1) or <c>/v1</c>.</summary>
    public string BasePath { get; }

    /// <summary>The endpoint to configure (<c>ChatModel:Endpoint</c>), ending in a slash.</summary>
    public string Endpoint => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + BasePath + "/";

    /// <summary>The server root, ending in a slash: what an Azure resource endpoint (<c>https://NAME.openai.azure.com/</c>) stands for.</summary>
    public string ResourceEndpoint => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";

    /// <summary>Every request received, in order.</summary>
    public IReadOnlyList<RecordedChatRequest> Requests => [.. _requests];

    /// <param name="tls">Serve https with a throw-away self-signed certificate (trust it through <see cref="TrustingHandler"/>).</param>
    public static async Task<FakeChatModelServer> StartAsync(string basePath = "/v1", bool tls = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        var certificate = tls ? SelfSigned() : null;
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (certificate is not null)
                listen.UseHttps(certificate);
        }));
        builder.Logging.ClearProviders();
        var server = new FakeChatModelServer(builder.Build(), basePath) { _certificate = certificate };
        await server._app.StartAsync();
        return server;
    }

    /// <summary>A client handler that trusts exactly this server's certificate (and no other).</summary>
    public HttpMessageHandler TrustingHandler() => new SocketsHttpHandler
    {
        SslOptions = { RemoteCertificateValidationCallback = (_, presented, _, _) =>
            _certificate is not null && presented is not null && presented.GetCertHashString() == _certificate.GetCertHashString() },
    };

    private static X509Certificate2 SelfSigned()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        // Kestrel needs the key in an exportable form on Linux; a PKCS#12 round trip gives it one.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }

    /// <summary>Queues answers, in order.</summary>
    public FakeChatModelServer Script(params FakeChatResponse[] responses)
    {
        foreach (var response in responses)
            _script.Enqueue(response);
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _certificate?.Dispose();
    }

    private async Task<string> RecordAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
        _requests.Enqueue(new RecordedChatRequest(
            context.Request.Method, context.Request.Path, context.Request.QueryString.Value ?? "", headers, body, DateTimeOffset.UtcNow));
        return body;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var body = await RecordAsync(context);
        var response = _script.TryDequeue(out var next) ? _last = next : _last;
        if (response.Delay > TimeSpan.Zero)
            await Task.Delay(response.Delay, context.RequestAborted);
        context.Response.StatusCode = response.Status;
        if (response.RetryAfter is not null)
            context.Response.Headers.RetryAfter = response.RetryAfter;
        foreach (var (name, value) in response.Headers)
            context.Response.Headers[name] = value;
        if (response.RawBody is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.RawBody, context.RequestAborted);
            return;
        }
        // Azure puts the deployment in the path; its SDK may leave "model" out of the body.
        var model = JsonDocument.Parse(body).RootElement.TryGetProperty("model", out var named) && named.GetString() is { } bodyModel
            ? bodyModel
            : context.Request.RouteValues["deployment"] as string ?? "unknown";
        if (body.Contains("\"stream\":true", StringComparison.Ordinal))
            await StreamAsync(context, response, model, azure: context.Request.RouteValues.ContainsKey("deployment"));
        else
            await context.Response.WriteAsJsonAsync(Completion(response, model), context.RequestAborted);
    }

    // One vector per input, [index + 0.5, 0.25, -1], as floats or (the SDK's default request) base64 of little-endian float32.
    private async Task EmbedAsync(HttpContext context)
    {
        var request = JsonDocument.Parse(await RecordAsync(context)).RootElement;
        var input = request.GetProperty("input");
        var count = input.ValueKind == JsonValueKind.Array ? input.GetArrayLength() : 1;
        var base64 = request.TryGetProperty("encoding_format", out var format) && format.GetString() == "base64";
        var data = Enumerable.Range(0, count).Select(index =>
        {
            float[] vector = [index + 0.5f, 0.25f, -1f];
            object embedding = base64 ? Convert.ToBase64String(MemoryMarshal.AsBytes(vector.AsSpan()).ToArray()) : vector;
            return new { @object = "embedding", index, embedding };
        }).ToArray();
        var model = request.TryGetProperty("model", out var named) ? named.GetString() : context.Request.RouteValues["deployment"] as string;
        await context.Response.WriteAsJsonAsync(new
        {
            @object = "list", data, model, usage = new { prompt_tokens = 4 * count, total_tokens = 4 * count },
        }, context.RequestAborted);
    }

    // Content arrives word by word, then a finish chunk, then the usage chunk, then [DONE] — as OpenAI sends it. Azure
    // first sends a chunk without choices that carries its prompt filter results.
    private static async Task StreamAsync(HttpContext context, FakeChatResponse response, string model, bool azure)
    {
        context.Response.ContentType = "text/event-stream";
        if (azure)
        {
            await SendAsync(context, new
            {
                id = "", @object = "", created = 0, model = "", choices = Array.Empty<object>(),
                prompt_filter_results = new[] { new { prompt_index = 0, content_filter_results = new { violence = new { filtered = false, severity = "safe" } } } },
            });
        }
        var pieces = response.Pieces ?? System.Text.RegularExpressions.Regex.Split(response.Text ?? "", @"(?<=\s)");
        var sent = 0;
        foreach (var piece in pieces.Where(p => p.Length > 0))
        {
            if (sent++ == response.PauseAfterChunks && response.Resume is not null)
                await response.Resume.WaitAsync(context.RequestAborted);
            await SendAsync(context, Chunk(model, new { role = "assistant", content = piece }, finish: null));
        }
        await SendAsync(context, Chunk(model, new { }, finish: response.FinishReason));
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
        choices = new[] { new { index = 0, message = new { role = "assistant", content = response.Text ?? "" }, finish_reason = response.FinishReason } },
        usage = Usage(response),
    };

    private static object Usage(FakeChatResponse response) => new
    {
        prompt_tokens = response.PromptTokens,
        completion_tokens = response.CompletionTokens,
        total_tokens = response.PromptTokens + response.CompletionTokens,
    };
}
