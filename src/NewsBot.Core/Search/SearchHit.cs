using NewsBot.Core.Passages;

namespace NewsBot.Core.Search;

/// <summary>A retrieved passage and its relevance score (higher is better).</summary>
public sealed record SearchHit(Passage Passage, double Score);
