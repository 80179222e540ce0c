using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsBot.Testing;

/// <summary>
/// A remote API that is down, on a real socket at 127.0.0.1: it accepts every request and then either never answers
/// (<see cref="NeverAnswersAsync"/>) or answers every one with the same error (<see cref="FailsAsync"/>).
/// Records the paths it was asked for.
/// </summary>
public sealed class BrokenPeer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _paths = new();
    private readonly CancellationTokenSource _stopping = new();

    private BrokenPeer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The paths requested so far, answered or not.</summary>
    public IReadOnlyList<string> Paths => [.. _paths];

    /// <summary>Holds every request open without a byte of answer, as a hung server or a black-holing proxy does.</summary>
    public static Task<BrokenPeer> NeverAnswersAsync() => StartAsync(status: null, body: "");

    /// <summary>Answers every request with <paramref name="status"/> and <paramref name="body"/> (an error page, say).</summary>
    public static Task<BrokenPeer> FailsAsync(int status, string body = "<html>Internal Server Error</html>") => StartAsync(status, body);

    private static async Task<BrokenPeer> StartAsync(int? status, string body)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var peer = new BrokenPeer(app);
        app.Run(async context =>
        {
            peer._paths.Enqueue(context.Request.Path.Value ?? "");
            if (status is not { } code)
            {
                using var gone = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, peer._stopping.Token);
                await Task.Delay(Timeout.Infinite, gone.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            }
            context.Response.StatusCode = code;
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync(body);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        peer.BaseAddress = new Uri(address + "/");
        return peer;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
