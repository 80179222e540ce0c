namespace NewsBot.Evaluation.Runs;

/// <summary>
/// The fixed split of every dataset file: the answer model trains and tunes only on the even-numbered articles
/// (0-based, in file order; for files of loose records, the even-numbered records), and quality is reported on the
/// odd-numbered ones.
/// </summary>
internal enum DatasetHalf
{
    /// <summary>Every question.</summary>
    All,
    /// <summary>Even-numbered articles or records: what the answer model is trained and tuned on.</summary>
    Train,
    /// <summary>Odd-numbered articles or records: where quality is reported.</summary>
    Test,
}
