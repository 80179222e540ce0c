namespace NewsBot.Core.Index;

/// <summary>What the writer needs to know about a stored article row; <see cref="CanonicalKey"/> is set for an alias.</summary>
internal readonly record struct StoredArticle(long Key, string ContentHash, string TextHash, string? Origin, long? CanonicalKey)
{
    public bool IsAlias => CanonicalKey is not null;
}
