using NewsBot.Core.Language;

namespace NewsBot.Core.Search;

/// <summary>
/// A query's topic terms, each a group of word forms ("meet", "met") with the indexed stems those forms
/// become and the group's rarity. Candidate generation uses only the rarest groups; scoring uses all.
/// </summary>
internal sealed class QueryPlan
{
    private QueryPlan(IReadOnlyList<TermGroup> groups, AnswerTypeHint hint)
    {
        Groups = groups;
        Hint = hint;
        var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var stem in groups[g].Stems)
                groupOf.TryAdd(stem, g);
        }
        GroupOfStem = groupOf;
    }

    /// <summary>Groups in question order.</summary>
    public IReadOnlyList<TermGroup> Groups { get; }

    /// <summary>The kind of token the answer is, when the question says.</summary>
    public AnswerTypeHint Hint { get; }

    /// <summary>Which group an indexed stem belongs to.</summary>
    public IReadOnlyDictionary<string, int> GroupOfStem { get; }

    /// <summary>One topic term of the query.</summary>
    internal sealed record TermGroup(int Position, string Word, IReadOnlyList<string> Forms, IReadOnlySet<string> Stems, long DocumentFrequency, double Idf);

    public static QueryPlan Build(string query, IndexStatistics.Snapshot stats)
    {
        var tokens = QueryTerms.QuestionTokens(query);
        var hint = AnswerTypeHint.Of(tokens);
        var groups = new List<TermGroup>();
        var seenStems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in QueryTerms.KeyTerms(tokens, QueryTerms.NamedStopwords(query)))
        {
            var forms = IrregularForms.FormsOf(word);
            var stems = forms.Select(TermFolding.IndexTerm).ToHashSet(StringComparer.Ordinal);
            // "votes" after "vote": the same stems add nothing.
            if (stems.All(seenStems.Contains))
                continue;
            seenStems.UnionWith(stems);
            var frequency = Math.Min(stats.Passages, stems.Sum(stats.DocumentFrequency));
            groups.Add(new TermGroup(groups.Count, word, forms, stems, frequency, stats.Idf(frequency)));
        }
        return new QueryPlan(groups, hint);
    }

    /// <summary>
    /// The rarest groups whose passages together stay within <paramref name="budget"/> rows (at least
    /// <paramref name="minimum"/> that occur at all): the candidate query scores every row it matches, so common
    /// terms are left to the re-scoring of the candidates.
    /// </summary>
    public IReadOnlyList<TermGroup> ForCandidates(long budget, int minimum, int maximum)
    {
        var chosen = new List<TermGroup>();
        long rows = 0;
        foreach (var group in Groups.Where(g => g.DocumentFrequency > 0).OrderByDescending(g => g.Idf))
        {
            if (chosen.Count >= maximum || (chosen.Count >= minimum && rows + group.DocumentFrequency > budget))
                break;
            chosen.Add(group);
            rows += group.DocumentFrequency;
        }
        return chosen;
    }
}
