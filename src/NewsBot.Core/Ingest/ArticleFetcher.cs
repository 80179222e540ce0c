using Microsoft.Extensions.Options;

namespace NewsBot.Core.Ingest;

/// <summary>
/// Downloads feeds and pages for ingest over its typed <see cref="HttpClient"/>, within
/// <see cref="IngestOptions.FetchTimeout"/> (headers and body) and <see cref="IngestOptions.MaxDownloadBytes"/>.
/// No retries: a failed URL is reported and can be ingested again.
/// </summary>
public sealed class ArticleFetcher(HttpClient http, IOptions<IngestOptions> options)
{
    private const string Accept = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5";

    /// <summary>Fetches <paramref name="url"/>; throws <see cref="ArticleFetchException"/> with the reason when it cannot.</summary>
    public async Task<ArticleDownload> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.FetchTimeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.ParseAdd(Accept);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (!response.IsSuccessStatusCode)
                throw new ArticleFetchException($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd());
            if (response.Content.Headers.ContentLength is { } length && length > settings.MaxDownloadBytes)
                throw TooLarge(settings);
            var bytes = await ReadCappedAsync(response.Content, settings, timeout.Token);
            return new ArticleDownload(bytes, response.Content.Headers.ContentType?.MediaType, response.RequestMessage?.RequestUri ?? url);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ArticleFetchException($"timed out after {settings.FetchTimeout.TotalSeconds:0.###} s");
        }
        catch (HttpRequestException e)
        {
            throw new ArticleFetchException($"download failed: {e.Message}");
        }
    }

    // Content-Length can be absent or wrong (chunked responses), so the cap is enforced while reading.
    private static async Task<byte[]> ReadCappedAsync(HttpContent content, IngestOptions settings, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > settings.MaxDownloadBytes)
                throw TooLarge(settings);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static ArticleFetchException TooLarge(IngestOptions settings) =>
        new($"larger than the {settings.MaxDownloadBytes:N0}-byte download limit (Ingest:MaxDownloadBytes)");
}
