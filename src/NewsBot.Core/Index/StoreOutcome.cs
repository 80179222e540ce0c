namespace NewsBot.Core.Index;

/// <summary>What storing one article did.</summary>
public enum StoreKind
{
    /// <summary>A new article.</summary>
    Added,
    /// <summary>Changed content replaced the article's passages.</summary>
    Updated,
    /// <summary>Same content hash as stored: nothing written.</summary>
    Unchanged,
    /// <summary>The same text is already stored under another id: not stored again.</summary>
    Duplicate,
    /// <summary>
    /// The id belongs to an article from another file that still exists (two folders with the same relative path):
    /// nothing written, the stored one is kept.
    /// </summary>
    Conflict,
}

/// <summary>
/// The result of <see cref="PassageIndex.Store"/>; <see cref="DuplicateOf"/> names the id already holding the text,
/// <see cref="ConflictsWith"/> the file already holding the id.
/// </summary>
public sealed record StoreOutcome(StoreKind Kind, string? DuplicateOf = null, string? ConflictsWith = null);
