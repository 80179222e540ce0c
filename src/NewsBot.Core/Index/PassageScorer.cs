using System.Collections.Concurrent;
using NewsBot.Core.Passages;

namespace NewsBot.Core.Index;

/// <summary>
/// Re-scores candidate passages in C#: BM25 over title and body with the title weighted (all query terms,
/// not just the rare ones candidates were fetched by), a bonus for consecutive question terms that stand
/// next to each other ("New Delhi", "Super Bowl"), and a bonus for the sentence that holds most of the question.
/// </summary>
internal static class PassageScorer
{
    private const int MaxCachedStems = 200_000;
    private static readonly ConcurrentDictionary<string, string> Stems = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> StemsBySpan =
        Stems.GetAlternateLookup<ReadOnlySpan<char>>();

    public static double Score(Passage passage, QueryPlan plan, IndexStatistics.Snapshot stats, SearchTuning tuning)
    {
        var groups = plan.Groups;
        var groupOf = plan.GroupOfStem;
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
                if (groupOf.TryGetValue(StemOf(title.Current), out var g))
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
            var words = new WordScanner(text.AsSpan(start, end - start));
            try
            {
                while (words.MoveNext())
                {
                    var g = groupOf.TryGetValue(StemOf(words.Current), out var found) ? found : -1;
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
            bestSentence = Math.Max(bestSentence, sentenceIdf);
        }

        // [3] Combine.
        var length = text.Length + tuning.TitleWeight * passage.Title.Length;
        var average = stats.AverageChars + tuning.TitleWeight * passage.Title.Length;
        var norm = tuning.K1 * (1 - tuning.B + tuning.B * length / average);
        var score = 0.0;
        for (var g = 0; g < groups.Count; g++)
        {
            var tf = bodyTf[g] + tuning.TitleWeight * titleTf[g];
            if (tf > 0)
                score += groups[g].Idf * tf * (tuning.K1 + 1) / (tf + norm);
            if (g < 63 && (adjacentPairs & (1UL << g)) != 0)
                score += tuning.PhraseWeight * Math.Min(groups[g].Idf, groups[g + 1].Idf);
        }
        return score + tuning.SentenceWeight * bestSentence;
    }

    private static string StemOf(ReadOnlySpan<char> token)
    {
        if (StemsBySpan.TryGetValue(token, out var stem))
            return stem;
        var word = token.ToString();
        stem = TermFolding.IndexTerm(word);
        if (Stems.Count < MaxCachedStems)
            Stems[word] = stem;
        return stem;
    }
}
