namespace NewsBot.Core.Search;

/// <summary>
/// Knobs of candidate generation and re-scoring (section <c>Index:Search</c>), with defaults chosen on SQuAD v1.1
/// dev retrieval and RealTimeQA (issue 6). Users rarely need them; <c>newsbot eval --set Index:Search:K1=1.0</c> varies them.
/// </summary>
public sealed record SearchTuning
{
    /// <summary>Candidates fetched from the Lucene index per query (BM25 over the rarest terms) before re-scoring.</summary>
    public int Candidates { get; set; } = 100;

    /// <summary>
    /// Rows the candidate query may touch before common terms are left out of it. 12,000 on Lucene (RealTimeQA r@5 0.779 at
    /// 8,000, 0.809 at 12,000–30,000; SQuAD unchanged); each 1,000 rows cost ~0.1–0.2 ms at 1M passages.
    /// </summary>
    public long RowBudget { get; set; } = 12_000;

    /// <summary>
    /// Unused since the passages moved to Lucene, which scores every row the candidate query matches (~30 ns a row, where
    /// FTS5 took ~2 µs and needed this cap). Kept so existing settings and <c>--set</c> scripts still bind.
    /// </summary>
    public long RankedRows { get; set; } = 1_000;

    /// <summary>Rarest groups always used for candidates (when they occur at all).</summary>
    public int MinCandidateTerms { get; set; } = 2;

    /// <summary>Most groups used for candidates.</summary>
    public int MaxCandidateTerms { get; set; } = 8;

    /// <summary>BM25 k1.</summary>
    public double K1 { get; set; } = 1.2;

    /// <summary>BM25 b.</summary>
    public double B { get; set; } = 0.85;

    /// <summary>A title occurrence counts this many body occurrences (a term in the headline says more about the passage).</summary>
    public double TitleWeight { get; set; } = 3.0;

    /// <summary>Bonus per pair of consecutive question terms found next to each other (multi-word names), times the pair's rarer idf.</summary>
    public double PhraseWeight { get; set; } = 1.0;

    /// <summary>Bonus for the summed idf of question terms in the passage's best sentence.</summary>
    public double SentenceWeight { get; set; } = 0.5;

    /// <summary>Weight of each term's idf among the candidates, added to its index-wide idf (0 = off).</summary>
    public double LocalIdfWeight { get; set; } = 0.5;

    /// <summary>Fewest candidates for which the idf among them is used.</summary>
    public int MinLocalCandidates { get; set; } = 20;

    /// <summary>Extra share of the best-sentence bonus for a sentence that also holds a token of the asked-for kind (a year for "when").</summary>
    public double AnswerTypeBoost { get; set; } = 0.5;
}
