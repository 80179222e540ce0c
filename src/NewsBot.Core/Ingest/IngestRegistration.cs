using Microsoft.Extensions.DependencyInjection;

namespace NewsBot.Core.Ingest;

/// <summary>Registers the ingester, its options (section <c>Ingest</c>) and the typed HTTP client that fetches feeds and pages.</summary>
internal static class IngestRegistration
{
    public static IServiceCollection AddIngest(this IServiceCollection services)
    {
        services.AddOptions<IngestOptions>().BindConfiguration(IngestOptions.Section)
            .Validate(o => o.FetchTimeout > TimeSpan.Zero, "Ingest:FetchTimeout must be a positive time span (e.g. 00:00:30).")
            .Validate(o => o.MaxDownloadBytes > 0, "Ingest:MaxDownloadBytes must be positive.")
            .Validate(o => o.MaxFileBytes > 0, "Ingest:MaxFileBytes must be positive.")
            .ValidateOnStart();

        // The ingester is a singleton holding this typed client, so connections are recycled by the handler
        // itself (PooledConnectionLifetime) instead of the factory's handler rotation (which a singleton never sees).
        services.AddHttpClient<ArticleFetcher>(http =>
            {
                http.Timeout = Timeout.InfiniteTimeSpan; // ArticleFetcher enforces Ingest:FetchTimeout over headers and body.
                http.DefaultRequestHeaders.UserAgent.ParseAdd("NewsBot/1.0 (+ingest)");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                AutomaticDecompression = System.Net.DecompressionMethods.All,
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.AddSingleton<ArticleIngester>();
        return services;
    }
}
