namespace NewsBot.Core.Answering;

/// <summary>Settings of section <c>Extractive</c>: how sure the extractive answerer must be before it answers.</summary>
public sealed class ExtractiveOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Extractive";

    /// <summary>
    /// Share (0–1, weighted by term rarity) of the question's key terms the best sentence must contain;
    /// below it the answerer abstains. Higher abstains more often.
    /// </summary>
    public double MinCoverage { get; set; } = 0.5;

    /// <summary>A sentence from another source counts as disagreeing when it scores at least this share of the best one.</summary>
    public double ConflictRatio { get; set; } = 0.7;

    /// <summary>A further sentence is added when it scores at least this share of the best one and adds something.</summary>
    public double SupportRatio { get; set; } = 0.85;

    /// <summary>Most sentences quoted in one answer (1–3).</summary>
    public int MaxSentences { get; set; } = 3;
}
