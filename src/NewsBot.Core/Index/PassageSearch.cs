using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Passages;

namespace NewsBot.Core.Index;

/// <summary>
/// Turns user text into a safe FTS5 query and returns the best passages: [1] topic terms and their rarity,
/// [2] candidates from the rows matching the rarest terms: ranked by FTS5 (<c>ORDER BY rank LIMIT n</c>) while they are
/// few, else those holding the most rarity (<see cref="CandidateRanking"/>), [3] re-scored in C#.
/// The query holds only quoted word tokens, so no user input reaches FTS5 as syntax.
/// </summary>
internal sealed class PassageSearch(IndexConnections connections, IndexStatistics statistics, ILogger logger)
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
        using var lease = connections.RentReader();
        var connection = lease.Connection;

        // [1] Topic terms, their forms and rarity.
        var stats = statistics.Current(connection);
        var plan = QueryPlan.Build(query, connection, stats);

        // [2] Candidates by the rarest terms.
        var groups = plan.ForCandidates(tuning.RowBudget, tuning.MinCandidateTerms, tuning.MaxCandidateTerms);
        if (groups.Count == 0)
            return [];
        var candidates = Candidates(SearchCommands.For(connection), groups, Math.Max(k, tuning.Candidates), tuning.RankedRows);

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
        using var lease = connections.RentReader();
        var stats = statistics.Current(lease.Connection);
        if (stats.Passages < MinPassagesForIdf)
            return 0;
        var stems = IrregularForms.FormsOf(word).Select(TermFolding.IndexTerm).Distinct(StringComparer.Ordinal);
        var frequency = Math.Min(stats.Passages, stems.Sum(s => stats.DocumentFrequency(lease.Connection, s)));
        return stats.Idf(frequency);
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

    private List<Passage> Candidates(SearchCommands commands, IReadOnlyList<QueryPlan.TermGroup> groups, int n, long rankedRows)
    {
        var passages = new List<Passage>(n);
        var match = "";
        try
        {
            // [2a] The candidate keys.
            var keys = groups.Sum(g => g.DocumentFrequency) <= rankedRows ? Ranked(commands, groups, n, out match) : MostRarity(commands, groups, n, rankedRows, out match);
            if (keys.Count == 0)
                return passages;

            // [2b] Text and article fields of those rows only.
            match = "";
            commands.Passages.Parameters[0].Value = "[" + string.Join(',', keys) + "]";
            using var reader = commands.Passages.ExecuteReader();
            while (reader.Read())
            {
                var articleId = reader.GetString(5);
                var ordinal = reader.GetInt32(1);
                passages.Add(new Passage(Passage.MakeId(articleId, ordinal), articleId, ordinal, reader.GetInt32(2), reader.GetInt32(3),
                    reader.GetString(4), reader.GetString(6), ArticleCatalog.NullableString(reader, 7), ArticleCatalog.ParseDate(reader, 8)));
            }
        }
        catch (SqliteException e)
        {
            // Queries are built from quoted word tokens only, so this is a bug, not bad input: log it, answer "nothing found".
            logger.LogError(e, "FTS5 rejected the generated query {Match}", match);
            passages.Clear();
        }
        return passages;
    }

    private static List<long> Ranked(SearchCommands commands, IReadOnlyList<QueryPlan.TermGroup> groups, int n, out string match)
    {
        match = FtsQuery.AnyOf(groups.Select(g => g.Forms))!;
        return RankedKeys(commands, match, n);
    }

    private static List<long> RankedKeys(SearchCommands commands, string match, int n)
    {
        commands.Ranked.Parameters[0].Value = match;
        commands.Ranked.Parameters[1].Value = n;
        var keys = new List<long>(n);
        using var rows = commands.Ranked.ExecuteReader();
        while (rows.Read())
            keys.Add(rows.GetInt64(0));
        return keys;
    }

    private static IReadOnlyList<long> MostRarity(SearchCommands commands, IReadOnlyList<QueryPlan.TermGroup> groups, int n, long rankedRows, out string match)
    {
        // Every group's rows, unranked; then whole group sets by rarity, and bm25 orders the boundary set when it is small enough.
        var ranking = new CandidateRanking(groups);
        match = "";
        for (var g = 0; g < groups.Count; g++)
        {
            match = FtsQuery.AnyOf([groups[g].Forms])!;
            commands.Rows.Parameters[0].Value = match;
            ranking.Add(g, ParseKeys(commands.Rows.ExecuteScalar() as string));
        }
        var (keys, boundary) = ranking.Split(n);
        if (boundary is null)
            return keys;
        if (boundary.Size > rankedRows)
        {
            keys.AddRange(ranking.Spread(boundary.Mask, boundary.Wanted));
            return keys;
        }
        match = FtsQuery.Exactly([.. groups.Select(g => g.Forms)], boundary.Mask)!;
        keys.AddRange(RankedKeys(commands, match, boundary.Wanted));
        return keys;
    }

    /// <summary>"3,17,42" → [3, 17, 42], ascending.</summary>
    internal static long[] ParseKeys(string? list)
    {
        if (string.IsNullOrEmpty(list))
            return [];
        var span = list.AsSpan();
        var keys = new long[span.Count(',') + 1];
        var i = 0;
        foreach (var range in span.Split(','))
            keys[i++] = long.Parse(span[range], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
        // FTS5 scans in rowid order, but SQL does not promise group_concat's order: sort only when it is not.
        for (i = 1; i < keys.Length; i++)
        {
            if (keys[i] < keys[i - 1])
            {
                Array.Sort(keys);
                break;
            }
        }
        return keys;
    }
}
