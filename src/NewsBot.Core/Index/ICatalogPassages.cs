using NewsBot.Core.Passages;

namespace NewsBot.Core.Index;

/// <summary>What a search reads from the catalog besides the Lucene index.</summary>
internal interface ICatalogPassages
{
    /// <summary>Bumped after every write committed through this process, so caches know when to read again.</summary>
    long WriteVersion { get; }

    /// <summary>The passages among <paramref name="keys"/> that exist, with their article's fields (order not kept).</summary>
    List<Passage> Load(long[] keys);

    /// <summary>How many passages the catalog holds and their characters in all.</summary>
    (long Passages, long Chars) Totals();
}
