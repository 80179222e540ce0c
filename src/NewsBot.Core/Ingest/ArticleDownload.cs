namespace NewsBot.Core.Ingest;

/// <summary>A downloaded feed or page: its bytes, declared media type and final URL (after redirects).</summary>
public sealed record ArticleDownload(byte[] Bytes, string? MediaType, Uri Url);
