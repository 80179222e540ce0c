using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace NewsBot.Core.Index;

/// <summary>
/// The documents of some passages, found by the key doc value every document has (for deletes: the index holds no
/// key term, since a unique term per passage cost every flush and merge a term dictionary as large as the index).
/// Reads each segment's doc values once, whatever the number of keys.
/// </summary>
internal sealed class PassageKeyQuery
{
    /// <summary>A query matching the documents of <paramref name="keys"/>.</summary>
    public static Query For(IEnumerable<long> keys) => new ConstantScoreQuery(new KeyFilter([.. keys]));

    private sealed class KeyFilter(HashSet<long> keys) : Filter
    {
        public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
        {
            if (keys.Count == 0 || context.AtomicReader.GetNumericDocValues(LuceneIndex.KeyField) is not { } values)
                return null;
            return new FieldCacheDocIdSet(context.AtomicReader.MaxDoc, acceptDocs, doc => keys.Contains(values.Get(doc)));
        }

        public override string ToString() => $"passage keys ({keys.Count})";
    }
}
