using NewsBot.Core.Passages;
using NewsBot.Core.Language;

namespace NewsBot.Core.Search;

/// <summary>
/// Re-scores candidate passages in C#: BM25 over title and body with the title weighted (all query terms,
/// not just the rare ones candidates were fetched by), a bonus for consecutive question terms that stand
/// next to each other ("New Delhi", "Super Bowl"), and a bonus for the sentence that holds most of the question.
/// </summary>
internal static class PassageScorer
{
    /// <summary>One candidate's match: per-group saturated term weights, phrase and best-sentence bonuses.</summary>
    internal sealed class Match(double[] saturated, double bonus)
    {
        /// <summary>Per group, BM25's tf part (0 when the group is absent).</summary>
        public double[] Saturated => saturated;

        /// <summary>Phrase and best-sentence bonuses, already weighted.</summary>
        public double Bonus => bonus;

        /// <summary>The score with the index-wide idf, plus <paramref name="localWeight"/> times the idf among the candidates.</summary>
        public double Score(QueryPlan plan, ReadOnlySpan<double> localIdf, double localWeight)
        {
            var score = bonus;
            for (var g = 0; g < saturated.Length; g++)
            {
                var idf = plan.Groups[g].Idf + (localIdf.IsEmpty ? 0 : localWeight * localIdf[g]);
                score += idf * saturated[g];
            }
            return score;
        }
    }

    public static Match Measure(Passage passage, QueryPlan plan, IndexStatistics.Snapshot stats, SearchTuning tuning)
    {
        var groups = plan.Groups;
        var groupOf = plan.GroupOfStem;
        var hint = plan.Hint;
        Span<int> bodyTf = stackalloc int[groups.Count];
        Span<int> titleTf = stackalloc int[groups.Count];
        bodyTf.Clear();
        titleTf.Clear();

        // [1] Title term frequencies.
        var title = new WordScanner(passage.Title);
        try
        {
            while (title.MoveNext())
            {
                if (groupOf.TryGetValue(TermFolding.CachedIndexTerm(title.Current), out var g))
                    titleTf[g]++;
            }
        }
        finally
        {
            title.Dispose();
        }

        // [2] Body: term frequencies, adjacent question-term pairs, and the best sentence.
        var text = passage.Text;
        var adjacentPairs = 0UL;
        var bestSentence = 0.0;
        foreach (var (start, end) in SentenceSplitter.Split(text))
        {
            var present = 0UL;
            var previous = -1;
            var typed = false;
            var words = new WordScanner(text.AsSpan(start, end - start));
            try
            {
                while (words.MoveNext())
                {
                    var g = groupOf.TryGetValue(TermFolding.CachedIndexTerm(words.Current), out var found) ? found : -1;
                    typed = typed || (g < 0 && hint.Accepts(words.Current));
                    if (g >= 0)
                    {
                        bodyTf[g]++;
                        present |= 1UL << Math.Min(g, 63);
                        if (previous >= 0 && g == previous + 1)
                            adjacentPairs |= 1UL << Math.Min(previous, 63);
                    }
                    previous = g;
                }
            }
            finally
            {
                words.Dispose();
            }
            var sentenceIdf = 0.0;
            for (var g = 0; g < groups.Count && g < 64; g++)
            {
                if ((present & (1UL << g)) != 0)
                    sentenceIdf += groups[g].Idf;
            }
            // The sentence holding the question's terms and a token of the asked-for kind is likely the answer's.
            bestSentence = Math.Max(bestSentence, typed ? sentenceIdf * (1 + tuning.AnswerTypeBoost) : sentenceIdf);
        }

        // [3] Combine.
        var length = text.Length + tuning.TitleWeight * passage.Title.Length;
        var average = stats.AverageChars + tuning.TitleWeight * passage.Title.Length;
        var norm = tuning.K1 * (1 - tuning.B + tuning.B * length / average);
        var saturated = new double[groups.Count];
        var bonus = tuning.SentenceWeight * bestSentence;
        for (var g = 0; g < groups.Count; g++)
        {
            var tf = bodyTf[g] + tuning.TitleWeight * titleTf[g];
            if (tf > 0)
                saturated[g] = tf * (tuning.K1 + 1) / (tf + norm);
            if (g < 63 && (adjacentPairs & (1UL << g)) != 0)
                bonus += tuning.PhraseWeight * Math.Min(groups[g].Idf, groups[g + 1].Idf);
        }
        return new Match(saturated, bonus);
    }
}
