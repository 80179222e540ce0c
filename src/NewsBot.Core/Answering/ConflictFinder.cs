using NewsBot.Core.Index;

namespace NewsBot.Core.Answering;

/// <summary>
/// Decides when two reports disagree: another article's sentence answers the same question about the same event
/// with a different fact of the asked-for kind. The same event: the two stories share named participants, or both
/// sentences hold every one of the question's (two or more) key terms. A pole-vault "meet" in Birmingham is no rival
/// to where two ministers met in New Delhi: "meet" is all they share.
/// </summary>
internal static class ConflictFinder
{
    /// <summary>Names two stories must share to be about the same event.</summary>
    private const int SharedNames = 2;

    /// <summary>A rival report needs less confidence than an answer: the best sentence already answers the question.</summary>
    private const double MinThresholdShare = 0.2;

    public static CandidateSentence? Find(
        CandidateSentence best, IReadOnlyList<CandidateSentence> candidates, QuestionAnalysis analysis, double threshold, double ratio)
    {
        if (best.Entities.Count == 0 || analysis.Kind == AnswerKind.Other)
            return null;
        var bestNames = Names(best.Hit.Passage.Title + ". " + best.Hit.Passage.Text);
        return candidates.FirstOrDefault(c =>
            c.ArticleId != best.ArticleId
            && c.Entities.Count > 0
            && c.Score >= threshold * MinThresholdShare
            && c.Score >= ratio * best.Score
            && !AnswerEntities.Overlap(best.Entities, c.Entities)
            // A name the best sentence itself mentions ("talks on Ukraine") is context, not a rival answer.
            && !AnswerEntities.Overlap(c.Entities, [best.Text])
            && !AnswerEntities.Overlap(best.Entities, [c.Text])
            && (BothHoldEveryTerm(best, c, analysis)
                || bestNames.Intersect(Names(c.Hit.Passage.Title + ". " + c.Hit.Passage.Text)).Count() >= SharedNames));
    }

    private static bool BothHoldEveryTerm(CandidateSentence a, CandidateSentence b, QuestionAnalysis analysis) =>
        analysis.KeyTerms.Count >= 2 && analysis.KeyTerms.All(t => a.Covered.Contains(t) && b.Covered.Contains(t));

    // Capitalised words that are not sentence starts or function words: the story's people, places and bodies.
    private static HashSet<string> Names(string text)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var words = text.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length; i++)
        {
            var word = words[i].Trim('"', '\'', '(', ')', ',', '.', ':', ';', '“', '”', '‘', '’', '!', '?');
            var previous = words[i - 1];
            if (word.Length < 2 || !char.IsUpper(word[0]) || previous.EndsWith('.') || previous.EndsWith('"') || Stopwords.Contains(word.ToLowerInvariant()))
                continue;
            names.Add(word);
        }
        return names;
    }
}
