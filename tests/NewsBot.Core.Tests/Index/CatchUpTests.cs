using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Index;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.Index;

/// <summary>
/// A long catch-up reads the catalog in chunks (the next one while the last is analysed) and commits on the way: every
/// passage ends up in the index exactly once, also when a catch-up fails halfway and is run again, in the same process
/// or after a restart.
/// </summary>
public sealed class CatchUpTests : IDisposable
{
    private const int Passages = 95;
    private static readonly LuceneIndex.CatchUpSteps SmallSteps = new(Chunk: 10, CommitEvery: 25);
    private readonly TempDirectory _folder = new();

    [Fact]
    public void LongCatchUp_InManySmallChunks_IndexesEveryPassageOnce()
    {
        var feed = new ListFeed(Passages);

        using (var index = Open(feed))
            Assert.Equal(Enumerable.Range(1, Passages).Select(k => (long)k), IndexedKeys(index));

        Assert.Equal(Passages, CommittedDocs());
        Assert.Equal(Passages.ToString(System.Globalization.CultureInfo.InvariantCulture), CommittedMaxKey());
    }

    [Fact]
    public void CatchUpFailingHalfway_KeepsItsLastCommit_AndTheNextOpenAddsTheRestOnce()
    {
        // The sixth read fails: 50 passages were added, the first 30 committed (every 25, at a chunk's end).
        var feed = new ListFeed(Passages) { FailingRead = 6 };
        Open(feed).Dispose();
        Assert.Equal(30, CommittedDocs());

        feed.FailingRead = null;
        using var reopened = Open(feed);

        Assert.Equal(Enumerable.Range(1, Passages).Select(k => (long)k), IndexedKeys(reopened));
    }

    [Fact]
    public void CatchUpFailingHalfway_IsRunAgainInTheSameProcess_WithoutAddingAPassageTwice()
    {
        // Five passages indexed, then 90 more arrive and the sixth read of their catch-up fails: 50 were added, 30
        // committed. The next catch-up must not add the other 20 a second time.
        var feed = new ListFeed(Passages) { Visible = 5 };
        using var index = Open(feed);
        feed.Visible = Passages;
        feed.FailingRead = feed.Reads + 6;
        index.CatchUp();
        Assert.Equal(35, CommittedDocs());

        feed.FailingRead = null;
        index.CatchUp();

        Assert.Equal(Enumerable.Range(1, Passages).Select(k => (long)k), IndexedKeys(index));
        Assert.Equal(Passages, CommittedDocs());
    }

    public void Dispose() => _folder.Dispose();

    private LuceneIndex Open(ListFeed feed) =>
        new(_folder.Path, feed, NullLogger.Instance, TimeSpan.FromHours(1), SmallSteps);

    /// <summary>The key of every document the index's searcher sees, sorted (a key twice shows as twice).</summary>
    private static List<long> IndexedKeys(LuceneIndex index)
    {
        using var lease = index.Acquire() ?? throw new InvalidOperationException("no searcher");
        var keys = new List<long>();
        foreach (var leaf in lease.Searcher.IndexReader.Leaves)
        {
            var values = leaf.AtomicReader.GetNumericDocValues(LuceneIndex.KeyField);
            var live = leaf.AtomicReader.LiveDocs;
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                if (live is null || live.Get(doc))
                    keys.Add(values.Get(doc));
            }
        }
        keys.Sort();
        return keys;
    }

    private int CommittedDocs()
    {
        using var directory = FSDirectory.Open(_folder.Path);
        using var reader = DirectoryReader.Open(directory);
        return reader.NumDocs;
    }

    private string CommittedMaxKey()
    {
        using var directory = FSDirectory.Open(_folder.Path);
        using var reader = DirectoryReader.Open(directory);
        return reader.IndexCommit.UserData["max-key"];
    }

    /// <summary>A catalog of numbered passages with no change log; one read of passages can be made to fail.</summary>
    private sealed class ListFeed(int count) : ICatalogFeed
    {
        private readonly FeedPassage[] _passages = [.. Enumerable.Range(1, count).Select(k => new FeedPassage(k, "Report " + k, $"Passage number{k} tells of item{k}."))];
        private int _reads;

        /// <summary>The read (counted from 1 over the feed's life) that throws as a lost catalog connection would.</summary>
        public int? FailingRead { get; set; }

        /// <summary>Reads of passages so far.</summary>
        public int Reads => Volatile.Read(ref _reads);

        /// <summary>How many of the passages are in the catalog yet (all at first).</summary>
        public int Visible { get; set; } = count;

        public long CatalogId => 7;

        public CatalogPoint Latest() => new(0, Visible);

        public IReadOnlyList<long> ChangedSince(long after, long upTo) => [];

        public IReadOnlyList<FeedPassage> Passages(IReadOnlyList<long> keys) => [.. _passages.Where(p => keys.Contains(p.Key))];

        public IReadOnlyList<FeedPassage> PassagesAfter(long afterKey, long upToKey, int max)
        {
            if (Interlocked.Increment(ref _reads) == FailingRead)
                throw new IOException("catalog connection lost");
            return [.. _passages.Where(p => p.Key > afterKey && p.Key <= Math.Min(upToKey, Visible)).Take(max)];
        }

        public long PassageCount() => Visible;

        public void Forget(long upTo)
        {
            // Nothing kept to forget: the feed has no change log.
        }

        public bool Covers(long after) => true;
    }
}
