using System.Data.Common;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Admission;

namespace NewsBot.Discord.Interactions;

/// <summary>
/// <c>POST /discord/interactions</c>: [1] read the raw body, [2] verify the Ed25519 signature (401 otherwise, with
/// no side effect), [3] parse, [4] answer inline within Discord's 3 seconds (PONG, autocomplete choices, an
/// ephemeral message, or a deferred response whose work is recorded in the inbox and queued first; 503 when the inbox
/// cannot be reached, so Discord shows the person the interaction failed instead of a "thinking…" nobody answers).
/// </summary>
internal sealed class InteractionEndpoint(
    InteractionRouter router,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<InteractionEndpoint> logger)
{
    // Forged requests are logged once a minute with a count, not one warning each.
    private readonly LogSampler _rejections = new(time, LogSampler.DefaultInterval);

    private const int MaxBodyBytes = 1 << 20;
    private readonly DiscordSignature _signature = new(options.Value.PublicKey!);

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;

        // [1] Raw bytes: the signature covers them exactly as sent.
        var body = await ReadBodyAsync(request, context.RequestAborted);
        if (body is null)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        // [2] Verify before anything else looks at the body.
        if (!_signature.Verify(request.Headers["X-Signature-Ed25519"], request.Headers["X-Signature-Timestamp"], body))
        {
            if (_rejections.ShouldLog(out var heldBack))
                DiscordLog.RequestRejected(logger, context.Connection.RemoteIpAddress?.ToString() ?? "unknown", heldBack);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsync("invalid request signature", context.RequestAborted);
            return;
        }

        // [3] Parse.
        Interaction? interaction;
        try
        {
            interaction = JsonSerializer.Deserialize<Interaction>(body, DiscordJson.Options);
        }
        catch (JsonException e)
        {
            DiscordLog.MalformedInteraction(logger, e.Message);
            interaction = null;
        }
        if (interaction is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        // [4] Answer inline; queued work may edit the response only once it has been sent.
        var acknowledged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            InteractionResponse? response;
            try
            {
                // Not the request's token: work recorded must also be queued, or its record waits for a take-over.
                response = await router.RespondAsync(interaction, acknowledged.Task, CancellationToken.None);
            }
            catch (DbException e)
            {
                // Not recorded (the database is down, or refused the connection): Discord shows the person it failed.
                DiscordLog.InboxUnavailable(logger, "interaction (HTTP 503)", e.Message);
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }
            // Recorded before (a retried POST): the work is queued already, and a deferral is the response it expects.
            await context.Response.WriteAsJsonAsync(response ?? InteractionResponse.Deferred, DiscordJson.Options, context.RequestAborted);
            await context.Response.CompleteAsync();
            acknowledged.TrySetResult();
        }
        finally
        {
            acknowledged.TrySetCanceled(CancellationToken.None);
        }
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
            return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
