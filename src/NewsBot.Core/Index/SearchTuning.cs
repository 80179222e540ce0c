namespace NewsBot.Core.Index;

/// <summary>
/// Knobs of candidate generation and re-scoring, with defaults chosen on SQuAD v1.1 dev retrieval
/// (issue 6). Internal: the evaluation varies them, users do not need to.
/// </summary>
internal sealed record SearchTuning
{
    /// <summary>Candidates fetched from FTS5 per query before re-scoring.</summary>
    public int Candidates { get; init; } = 100;

    /// <summary>Rows the OR query may touch before common terms are left out of candidate generation.</summary>
    public long RowBudget { get; init; } = 8_000;

    /// <summary>Rarest groups always used for candidates (when they occur at all).</summary>
    public int MinCandidateTerms { get; init; } = 2;

    /// <summary>Most groups used for candidates.</summary>
    public int MaxCandidateTerms { get; init; } = 8;

    /// <summary>
    /// Most passages one article places in the top k while other articles have matches (then the rest fill
    /// up in score order): a long article's many short passages must not crowd out a second source.
    /// </summary>
    public int MaxPerArticle { get; init; } = 3;

    /// <summary>BM25 k1.</summary>
    public double K1 { get; init; } = 1.2;

    /// <summary>BM25 b.</summary>
    public double B { get; init; } = 0.75;

    /// <summary>A title occurrence counts this many body occurrences.</summary>
    public double TitleWeight { get; init; } = IndexSchema.TitleWeight;

    /// <summary>Bonus per pair of consecutive question terms found next to each other (multi-word names), times the pair's rarer idf.</summary>
    public double PhraseWeight { get; init; } = 1.0;

    /// <summary>Bonus for the summed idf of question terms in the passage's best sentence.</summary>
    public double SentenceWeight { get; init; } = 0.5;
}
