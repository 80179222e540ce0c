namespace NewsBot.Core.Ingest;

/// <summary>A feed or page could not be downloaded (HTTP error, timeout, too large); the message is the reason.</summary>
public sealed class ArticleFetchException(string reason) : Exception(reason);
