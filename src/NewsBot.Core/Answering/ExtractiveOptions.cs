namespace NewsBot.Core.Answering;

/// <summary>Settings of section <c>Extractive</c>: how sure the extractive answerer must be before it answers.</summary>
public sealed class ExtractiveOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Extractive";

    /// <summary>
    /// A floor under the model: share (0–1, weighted by term rarity) of the question's key terms the best sentence must
    /// contain, else the answerer declines. 0 leaves declining to the model's probability (<see cref="MinConfidence"/>).
    /// </summary>
    public double MinCoverage { get; set; }

    /// <summary>
    /// Decline when the answer model's probability that the best sentence answers is below this (0–1). Unset: the
    /// threshold shipped with the model, chosen on held-out data (one for running with the sentence encoder, one without).
    /// </summary>
    public double? MinConfidence { get; set; }

    /// <summary>
    /// How many sentences (those the word signals rank highest) the sentence encoder compares with the question: each one
    /// not seen before costs about 6 ms of CPU.
    /// </summary>
    public int EncodedSentences { get; set; } = 8;

    /// <summary>An answer model file to use instead of the one shipped in Core (written by <c>newsbot eval train-answerer</c>).</summary>
    public string? ModelPath { get; set; }

    /// <summary>
    /// A sentence from another report of the same event counts as disagreeing when the model gives it at least this share
    /// of the best sentence's probability (and at least a fifth of the decline threshold).
    /// </summary>
    public double ConflictRatio { get; set; } = 0.12;

    /// <summary>
    /// With the sentence encoder: how alike (cosine) a rival report's sentence must be to the best one before the two are
    /// shown as disagreeing. Without it, the word and name checks alone decide.
    /// </summary>
    public double ConflictSimilarity { get; set; } = 0.55;

    /// <summary>A further sentence is added when it scores at least this share of the best one and adds something.</summary>
    public double SupportRatio { get; set; } = 0.85;

    /// <summary>Most sentences quoted in one answer (1–3).</summary>
    public int MaxSentences { get; set; } = 3;
}
