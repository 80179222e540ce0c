namespace NewsBot.Evaluation.Training;

/// <summary>
/// Picks the decline threshold on tuning questions the weights were not fitted on. A reply is right when an
/// answerable question gets a sentence holding its answer, or an unanswerable one is declined; unanswerable
/// questions count with <c>unanswerableWeight</c>, so that they weigh what they weigh in chat (about one in five),
/// not the half they are of SQuAD 2.0.
/// </summary>
internal static class ThresholdChoice
{
    public sealed record Outcome(double Threshold, double Score, double AnswerableRight, double Declined, double UnanswerableDeclined);

    public static Outcome Choose(IReadOnlyList<(double Best, bool Right, bool Answerable)> questions, double unanswerableWeight)
    {
        var candidates = questions.Select(q => q.Best).Append(0).Append(1).Distinct().Order().ToList();
        Outcome? best = null;
        foreach (var threshold in candidates)
        {
            var outcome = At(questions, threshold, unanswerableWeight);
            if (best is null || outcome.Score > best.Score + 1e-12)
                best = outcome;
        }
        return best!;
    }

    public static Outcome At(IReadOnlyList<(double Best, bool Right, bool Answerable)> questions, double threshold, double unanswerableWeight)
    {
        double score = 0, answerableRight = 0, declined = 0, unanswerableDeclined = 0;
        int answerable = Math.Max(1, questions.Count(q => q.Answerable)), unanswerable = Math.Max(1, questions.Count(q => !q.Answerable));
        foreach (var (p, right, isAnswerable) in questions)
        {
            var declines = p < threshold;
            declined += declines ? 1 : 0;
            if (isAnswerable && !declines && right)
            {
                score += 1;
                answerableRight++;
            }
            else if (!isAnswerable && declines)
            {
                score += unanswerableWeight;
                unanswerableDeclined++;
            }
        }
        return new Outcome(threshold, score, answerableRight / answerable, declined / Math.Max(1, questions.Count), unanswerableDeclined / unanswerable);
    }
}
