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
    public static Query For(IEnumerable<long> keys)
    {
        var set = new HashSet<long>(keys);
        return new ConstantScoreQuery(new KeyFilter(set.Count == 0 ? null : set.Contains, $"passage keys ({set.Count})"));
    }

    /// <summary>A query matching the documents of the passages with keys above <paramref name="key"/>.</summary>
    public static Query Above(long key) => new ConstantScoreQuery(new KeyFilter(k => k > key, $"passage keys above {key}"));

    private sealed class KeyFilter(Func<long, bool>? matches, string description) : Filter
    {
        public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
        {
            if (matches is null || context.AtomicReader.GetNumericDocValues(LuceneIndex.KeyField) is not { } values)
                return null;
            return new FieldCacheDocIdSet(context.AtomicReader.MaxDoc, acceptDocs, doc => matches(values.Get(doc)));
        }

        public override string ToString() => description;
    }
}
