using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using NewsBot.Core.Answering;

namespace NewsBot.Host.Web;

/// <summary>
/// Relays a streamed answer as Server-Sent Events (text/event-stream): <c>delta</c> events with a JSON string each,
/// then one <c>reply</c> event with the final checked reply, or an <c>error</c> event when answering failed.
/// </summary>
internal sealed partial class ServerSentEvents
{
    private readonly HttpResponse _response;

    private ServerSentEvents(HttpResponse response) => _response = response;

    public static async Task<ServerSentEvents> StartAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        response.HttpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.StartAsync(cancellationToken);
        return new ServerSentEvents(response);
    }

    public async Task RelayAsync(IAsyncEnumerable<AnswerUpdate> updates, ILogger logger, CancellationToken cancellationToken)
    {
        // The response has started, so the exception handler can no longer answer 500: this edge tells the page instead.
        try
        {
            await foreach (var update in updates.WithCancellation(cancellationToken))
            {
                if (update.Final is { } reply)
                    await WriteAsync("reply", JsonSerializer.Serialize(reply, ApiJson.Compact), cancellationToken);
                else if (update.Delta is { Length: > 0 } delta)
                    await WriteAsync("delta", JsonSerializer.Serialize(delta, ApiJson.Compact), cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The browser went away; nobody is left to tell.
        }
        catch (IOException)
        {
            // The connection broke while writing: writing an error event to it would only fail again.
        }
        catch (NewsBot.Core.Index.CatalogUnavailableException e)
        {
            LogStreamFailed(logger, e);
            await WriteAsync("error", JsonSerializer.Serialize(new { title = CatalogUnavailableHandler.Detail }, ApiJson.Compact), CancellationToken.None);
        }
        catch (Exception e)
        {
            LogStreamFailed(logger, e);
            await WriteAsync("error", """{"title":"Something went wrong while answering. Please try again."}""", CancellationToken.None);
        }
    }

    private async Task WriteAsync(string name, string json, CancellationToken cancellationToken)
    {
        // JSON serialisation escapes newlines, so each event's data is one line.
        await _response.Body.WriteAsync(Encoding.UTF8.GetBytes($"event: {name}\ndata: {json}\n\n"), cancellationToken);
        await _response.Body.FlushAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Streaming an answer failed")]
    private static partial void LogStreamFailed(ILogger logger, Exception exception);
}
