using NewsBot.Core.Index;

namespace NewsBot.Core.Answering;

/// <summary>
/// Answers without a model: picks the 1–3 sentences that answer best, prefers different articles when
/// they add something, shows both sides (each cited) when sources disagree, and abstains when nothing answers.
/// </summary>
public sealed class ExtractiveAnswerer(PassageIndex index)
{
    /// <summary>A cited answer or an explicit not-found naming the closest articles.</summary>
    public Reply Answer(string question, IReadOnlyList<SearchHit> hits)
    {
        _ = index;
        throw new NotImplementedException();
    }
}
