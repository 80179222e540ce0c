namespace NewsBot.Evaluation.Datasets;

/// <summary>Which RealTimeQA gold articles count (see <see cref="RealTimeQaDataset"/>).</summary>
internal enum RealTimeQaSetup
{
    /// <summary>The reference: gold = the search result with the gold URL (136 questions).</summary>
    Reference,

    /// <summary>Gold = the gold file's own article text, merged into the pool (206 questions).</summary>
    GoldText,
}
