using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Passages;

namespace NewsBot.Core.Index;

/// <summary>
/// Turns user text into a safe FTS5 query and returns the best passages: [1] topic terms and their rarity,
/// [2] candidates from FTS5 by the rarest terms only (<c>ORDER BY rank LIMIT n</c>), [3] re-scored in C#.
/// The query holds only quoted word tokens, so no user input reaches FTS5 as syntax.
/// </summary>
internal sealed class PassageSearch(IndexConnections connections, IndexStatistics statistics, ILogger logger)
{
    private const string Select = """
        SELECT p.key, p.ordinal, p.start, p.end, p.text, a.id, a.title, a.url, a.published
        FROM (SELECT rowid FROM passage_fts WHERE passage_fts MATCH $q ORDER BY rank LIMIT $n) m
        JOIN passages p ON p.key = m.rowid
        JOIN articles a ON a.key = p.article_key
        """;

    /// <summary>Fewest passages for which <see cref="Idf"/> reports index-wide rarity.</summary>
    public const int MinPassagesForIdf = 100;

    public SearchTuning Tuning { get; set; } = new();

    public IReadOnlyList<SearchHit> Search(string query, int k)
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
        var match = FtsQuery.AnyOf(plan.ForCandidates(tuning.RowBudget, tuning.MinCandidateTerms, tuning.MaxCandidateTerms).Select(g => g.Forms));
        if (match is null)
            return [];
        var candidates = Candidates(connection, match, Math.Max(k, tuning.Candidates));

        // [3] Re-score with every term, then let several articles in.
        var ranked = candidates
            .Select(p => new SearchHit(p, PassageScorer.Score(p, plan, stats, tuning)))
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Passage.Id, StringComparer.Ordinal)
            .ToList();
        return Diversify(ranked, k, tuning.MaxPerArticle);
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

    private List<Passage> Candidates(SqliteConnection connection, string match, int n)
    {
        var passages = new List<Passage>(n);
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = Select;
            command.Parameters.AddWithValue("$q", match);
            command.Parameters.AddWithValue("$n", n);
            using var reader = command.ExecuteReader();
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
}
