using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Core.Ingest;
using NewsBot.Core.Tests.Articles;

namespace NewsBot.Core.Tests.Ingest;

public sealed class ArticleFetcherTests
{
    [Fact]
    public async Task A_feed_served_over_http_is_downloaded_and_read_as_a_feed()
    {
        await using var server = await LoopbackHttpServer.StartAsync(app =>
            app.MapGet("/world.rss", () => Results.Text(FeedArticleReaderTests.Rss, "application/rss+xml", Encoding.UTF8)));
        using var http = new HttpClient();
        var download = await Fetcher(http).FetchAsync(server.Url("world.rss"), CancellationToken.None);

        Assert.Equal("application/rss+xml", download.MediaType);
        var text = ArticleTextDecoder.Decode(download.Bytes);
        var format = ArticleParser.FormatOfDownload(download.MediaType, text);
        var result = ArticleParser.Parse(format, text, ArticleIds.Slug(download.Url.ToString()), download.Url.ToString());
        Assert.Equal(ArticleFormat.Feed, format);
        Assert.Equal(["example.com/world/talks", ArticleIds.Slug(download.Url.ToString()) + "/2"], result.Articles.Select(a => a.Id));
    }

    [Fact]
    public async Task A_server_that_does_not_answer_in_time_is_reported_as_a_timeout()
    {
        await using var server = await LoopbackHttpServer.StartAsync(app =>
            app.MapGet("/slow", async (HttpContext context) => await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted)));
        using var http = new HttpClient();
        var error = await Assert.ThrowsAsync<ArticleFetchException>(
            () => Fetcher(http, timeout: TimeSpan.FromMilliseconds(300)).FetchAsync(server.Url("slow"), CancellationToken.None));
        Assert.Equal("timed out after 0.3 s", error.Message);
    }

    [Fact]
    public async Task A_body_that_stalls_after_the_headers_also_times_out()
    {
        await using var server = await LoopbackHttpServer.StartAsync(app =>
            app.MapGet("/stall", async (HttpContext context) =>
            {
                context.Response.ContentType = "application/rss+xml";
                await context.Response.WriteAsync("<rss><channel>", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
            }));
        using var http = new HttpClient();
        var error = await Assert.ThrowsAsync<ArticleFetchException>(
            () => Fetcher(http, timeout: TimeSpan.FromMilliseconds(300)).FetchAsync(server.Url("stall"), CancellationToken.None));
        Assert.StartsWith("timed out", error.Message);
    }

    [Fact]
    public async Task A_declared_length_over_the_cap_is_refused_before_reading()
    {
        await using var server = await LoopbackHttpServer.StartAsync(app =>
            app.MapGet("/big", () => Results.Bytes(new byte[5000], "application/rss+xml")));
        using var http = new HttpClient();
        var error = await Assert.ThrowsAsync<ArticleFetchException>(
            () => Fetcher(http, maxBytes: 1000).FetchAsync(server.Url("big"), CancellationToken.None));
        Assert.Equal("larger than the 1,000-byte download limit (Ingest:MaxDownloadBytes)", error.Message);
    }

    [Fact]
    public async Task A_chunked_body_over_the_cap_is_refused_while_reading()
    {
        await using var server = await LoopbackHttpServer.StartAsync(app =>
            app.MapGet("/endless", async (HttpContext context) =>
            {
                var chunk = Encoding.UTF8.GetBytes(new string('x', 1024));
                for (var i = 0; i < 64 && !context.RequestAborted.IsCancellationRequested; i++)
                {
                    await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                }
            }));
        using var http = new HttpClient();
        var error = await Assert.ThrowsAsync<ArticleFetchException>(
            () => Fetcher(http, maxBytes: 10_000).FetchAsync(server.Url("endless"), CancellationToken.None));
        Assert.StartsWith("larger than the 10,000-byte download limit", error.Message);
    }

    [Fact]
    public async Task An_http_error_status_is_reported_with_its_code()
    {
        await using var server = await LoopbackHttpServer.StartAsync(app => app.MapGet("/", () => "home"));
        using var http = new HttpClient();
        var error = await Assert.ThrowsAsync<ArticleFetchException>(() => Fetcher(http).FetchAsync(server.Url("missing.rss"), CancellationToken.None));
        Assert.Equal("HTTP 404 Not Found", error.Message);
    }

    [Fact]
    public async Task A_refused_connection_is_reported()
    {
        Uri url;
        await using (var server = await LoopbackHttpServer.StartAsync(_ => { }))
            url = server.Url("gone.rss");
        using var http = new HttpClient();
        var error = await Assert.ThrowsAsync<ArticleFetchException>(() => Fetcher(http).FetchAsync(url, CancellationToken.None));
        Assert.StartsWith("download failed:", error.Message);
    }

    private static ArticleFetcher Fetcher(HttpClient http, TimeSpan? timeout = null, long maxBytes = 1_000_000) =>
        new(http, Options.Create(new IngestOptions { FetchTimeout = timeout ?? TimeSpan.FromSeconds(5), MaxDownloadBytes = maxBytes }));
}
