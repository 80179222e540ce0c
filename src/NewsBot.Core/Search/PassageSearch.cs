using Lucene.Net.Index;
using Lucene.Net.Search;
using System.Data.Common;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Passages;
using NewsBot.Core.Index;
using NewsBot.Core.Language;

namespace NewsBot.Core.Search;

/// <summary>
/// Returns the best passages for any user text: [1] topic terms and their rarity (document frequencies from the Lucene
/// reader), [2] candidates: the passages best matching the rarest terms by BM25 (title and text, the title weighted),
/// built as term queries from analyzed words (no query parser: no user input is ever syntax), their keys read from doc
/// values; their text from the catalog, [3] re-scored in C# with every term.
/// </summary>
internal sealed class PassageSearch(ICatalogPassages catalog, LuceneIndex lucene, IndexStatistics statistics, ILogger logger)
{
    /// <summary>Fewest passages for which <see cref="Idf"/> reports index-wide rarity.</summary>
    public const int MinPassagesForIdf = 100;

    public SearchTuning Tuning { get; set; } = new();

    /// <summary>
    /// The best <paramref name="k"/> passages, best first, with at most <paramref name="maxPerArticle"/> from one
    /// article while other articles have matches (then the rest fill up in score order).
    /// </summary>
    public IReadOnlyList<SearchHit> Search(string query, int k, int maxPerArticle)
    {
        if (k <= 0 || string.IsNullOrWhiteSpace(query))
            return [];
        var tuning = Tuning;
        if (lucene.Acquire() is not { } lease)
            return [];
        var searcher = lease.Searcher;
        IndexStatistics.Snapshot stats;
        QueryPlan plan;
        List<Passage> candidates;
        using (lease)
        {
            // [1] Topic terms, their forms and rarity.
            stats = statistics.Current(searcher.IndexReader);
            plan = QueryPlan.Build(query, stats);

            // [2] Candidates by the rarest terms.
            var groups = plan.ForCandidates(tuning.RowBudget, tuning.MinCandidateTerms, tuning.MaxCandidateTerms);
            if (groups.Count == 0)
                return [];
            candidates = Candidates(searcher, groups, Math.Max(k, tuning.Candidates), tuning.TitleWeight);
        }

        // [3] Re-score with every term, then let several articles in.
        var matches = candidates.Select(p => PassageScorer.Measure(p, plan, stats, tuning)).ToList();
        var localIdf = LocalIdf(matches, plan.Groups.Count, tuning);
        var ranked = candidates
            .Select((p, i) => new SearchHit(p, matches[i].Score(plan, localIdf, tuning.LocalIdfWeight)))
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Passage.Id, StringComparer.Ordinal)
            .ToList();
        return Diversify(ranked, k, maxPerArticle);
    }

    /// <summary>
    /// BM25 idf of a lower-cased word over the whole index (its irregular forms counted together); 0 (unknown)
    /// while the index holds fewer than <see cref="MinPassagesForIdf"/> passages, where rarity is noise.
    /// </summary>
    public double Idf(string word)
    {
        if (lucene.Acquire() is not { } lease)
            return 0;
        using (lease)
        {
            var stats = statistics.Current(lease.Searcher.IndexReader);
            if (stats.Passages < MinPassagesForIdf)
                return 0;
            var stems = IrregularForms.FormsOf(word).Select(TermFolding.IndexTerm).Distinct(StringComparer.Ordinal);
            var frequency = Math.Min(stats.Passages, stems.Sum(stats.DocumentFrequency));
            return stats.Idf(frequency);
        }
    }

    /// <summary>
    /// Each group's idf among the candidates themselves: a term every candidate has ("Super Bowl" among the passages
    /// of the Super Bowl article) tells them apart no better than a stopword, however rare it is index-wide.
    /// Empty when there are too few candidates for the counts to mean anything.
    /// </summary>
    private static double[] LocalIdf(List<PassageScorer.Match> matches, int groups, SearchTuning tuning)
    {
        if (matches.Count < tuning.MinLocalCandidates || tuning.LocalIdfWeight == 0)
            return [];
        var idf = new double[groups];
        for (var g = 0; g < groups; g++)
        {
            var df = 0;
            foreach (var match in matches)
                df += match.Saturated[g] > 0 ? 1 : 0;
            idf[g] = IndexStatistics.Idf(matches.Count, df);
        }
        return idf;
    }

    private static List<SearchHit> Diversify(List<SearchHit> ranked, int k, int maxPerArticle)
    {
        var perArticle = new Dictionary<string, int>(StringComparer.Ordinal);
        var chosen = new List<SearchHit>(k);
        var deferred = new List<SearchHit>();
        foreach (var hit in ranked)
        {
            if (chosen.Count == k)
                break;
            var count = perArticle.GetValueOrDefault(hit.Passage.ArticleId);
            if (count < maxPerArticle)
            {
                chosen.Add(hit);
                perArticle[hit.Passage.ArticleId] = count + 1;
            }
            else
            {
                deferred.Add(hit);
            }
        }
        chosen.AddRange(deferred.Take(k - chosen.Count));
        return chosen.OrderByDescending(h => h.Score).ThenBy(h => h.Passage.Id, StringComparer.Ordinal).ToList();
    }

    private List<Passage> Candidates(IndexSearcher searcher, IReadOnlyList<QueryPlan.TermGroup> groups, int n, double titleWeight)
    {
        // [2a] The candidate keys: BM25 over the rare groups' forms in the text (which holds the title once) and, weighted,
        // in the title. One flat OR: Lucene scores it window by window (half the time of an OR of per-group ORs); coordination
        // on (see LuceneIndex.Similarity).
        var query = new BooleanQuery(disableCoord: false);
        foreach (var group in groups)
        {
            foreach (var stem in group.Stems)
            {
                query.Add(new TermQuery(new Term(LuceneIndex.AllField, stem)), Occur.SHOULD);
                if (titleWeight > 1)
                    query.Add(new TermQuery(new Term(LuceneIndex.TitleField, stem)) { Boost = (float)(titleWeight - 1) }, Occur.SHOULD);
            }
        }
        // In-order collection: the disjunction scorer walks the postings without the out-of-order scorer's bucket table
        // (2,048 objects per segment per search), a tenth more throughput on 2 threads and half the collections.
        var collector = TopScoreDocCollector.Create(n, docsScoredInOrder: true);
        searcher.Search(query, collector);
        var top = collector.GetTopDocs().ScoreDocs;
        var keys = new long[top.Length];
        var leaves = searcher.IndexReader.Leaves;
        for (var i = 0; i < top.Length; i++)
        {
            var leaf = leaves[ReaderUtil.SubIndex(top[i].Doc, leaves)];
            keys[i] = leaf.AtomicReader.GetNumericDocValues(LuceneIndex.KeyField).Get(top[i].Doc - leaf.DocBase);
        }
        return Load(keys);
    }

    /// <summary>[2b] Text and article fields of the candidate passages, from the catalog (a passage removed meanwhile is left out).</summary>
    private List<Passage> Load(long[] keys)
    {
        if (keys.Length == 0)
            return [];
        try
        {
            return catalog.Load(keys);
        }
        catch (DbException e) when (e is not CatalogUnavailableException)
        {
            // A catalog that cannot be read now (locked past the busy timeout, disk error): log it, answer "nothing found".
            // A shared catalog's server that is down is the caller's to report ("cannot answer now"), not "nothing found".
            logger.LogError(e, "The catalog could not be read for {Count} passages", keys.Length);
            return [];
        }
    }
}
