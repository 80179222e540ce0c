using NewsBot.Core.Articles;
using NewsBot.Core.Passages;

namespace NewsBot.Core.Index;

/// <summary>
/// The statements of one catalog write transaction, as <see cref="IndexBatch"/> uses them (the decisions, such as what
/// is an alias, stay there, so every store keeps the same articles). Disposing without <see cref="Commit"/> rolls back.
/// </summary>
internal interface ICatalogWrites : IDisposable
{
    StoredArticle? FindById(string id);

    /// <summary>The article (not an alias) holding this text under another id.</summary>
    (long Key, string Id)? CanonicalWithTextHash(string textHash, string exceptId);

    /// <summary>Takes the passages away from an article whose text changes or which is removed (its oldest alias takes them over).</summary>
    void ReleasePassages(long key);

    void SetOrigin(long key, string? origin);

    long InsertArticle(Article article, string contentHash, string textHash, string? origin, long? canonicalKey);

    void UpdateArticle(long key, Article article, string contentHash, string textHash, string? origin, long? canonicalKey);

    void DeleteArticle(long key);

    void DeletePassages(long articleKey);

    void InsertPassage(long articleKey, string title, Passage passage);

    /// <summary>Saves the totals and commits; the transaction is over afterwards.</summary>
    void Commit();
}
