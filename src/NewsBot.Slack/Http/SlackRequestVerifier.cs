using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Admission;
using NewsBot.Slack.Verification;

namespace NewsBot.Slack.Http;

/// <summary>Reads the raw body and checks the Slack signature before anything parses it (protocols.md C1).</summary>
internal sealed class SlackRequestVerifier(IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackRequestVerifier> logger)
{
    // Forged or stale requests are logged once a minute with a count, not one warning each.
    private readonly LogSampler _rejections = new(time, LogSampler.DefaultInterval);

    private const int MaxBodyBytes = 1024 * 1024;

    /// <summary>The raw body when the request is signed by Slack within the window; null otherwise.</summary>
    public async Task<byte[]?> ReadVerifiedAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
            return Reject(request, "body too large");
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBodyBytes)
                return Reject(request, "body too large");
        }
        var body = buffer.ToArray();
        var valid = SlackSignature.IsValid(
            options.Value.SigningSecret ?? "",
            request.Headers["X-Slack-Request-Timestamp"].ToString(),
            request.Headers["X-Slack-Signature"].ToString(),
            body,
            time.GetUtcNow());
        return valid ? body : Reject(request, "bad or stale signature");
    }

    private byte[]? Reject(HttpRequest request, string why)
    {
        if (_rejections.ShouldLog(out var heldBack))
            SlackLog.RequestRejected(logger, request.Path, why, heldBack);
        return null;
    }
}
