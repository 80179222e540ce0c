namespace NewsBot.Evaluation.Metrics;

/// <summary>
/// Not-found answers scored as a detector of unanswerable questions: precision (how many not-founds were right),
/// recall (how many unanswerable questions got one) and the false-abstention rate on answerable questions.
/// </summary>
internal sealed class AbstentionTally
{
    public int Unanswerable { get; private set; }
    public int Answerable { get; private set; }
    public int CorrectAbstentions { get; private set; }
    public int FalseAbstentions { get; private set; }

    public void Add(bool unanswerable, bool abstained)
    {
        if (unanswerable)
        {
            Unanswerable++;
            CorrectAbstentions += abstained ? 1 : 0;
        }
        else
        {
            Answerable++;
            FalseAbstentions += abstained ? 1 : 0;
        }
    }

    public int Abstentions => CorrectAbstentions + FalseAbstentions;

    /// <summary>Of all not-found answers, the share given to unanswerable questions (1 when none was given).</summary>
    public double Precision => Abstentions == 0 ? 1 : CorrectAbstentions / (double)Abstentions;

    public double Recall => Unanswerable == 0 ? 0 : CorrectAbstentions / (double)Unanswerable;

    public double FalseAbstentionRate => Answerable == 0 ? 0 : FalseAbstentions / (double)Answerable;
}
