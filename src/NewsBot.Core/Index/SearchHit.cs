using NewsBot.Core.Passages;

namespace NewsBot.Core.Index;

/// <summary>A retrieved passage and its relevance score (higher is better).</summary>
public sealed record SearchHit(Passage Passage, double Score);
