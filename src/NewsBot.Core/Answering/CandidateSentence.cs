using NewsBot.Core.Index;

namespace NewsBot.Core.Answering;

/// <summary>One sentence of a retrieved passage, scored as an answer to the question.</summary>
/// <param name="Text">Exactly <c>Hit.Passage.Text[Start..End]</c>.</param>
/// <param name="Covered">The question's key terms the sentence contains.</param>
/// <param name="Coverage">Rarity-weighted share of the key terms covered (0–1).</param>
/// <param name="Entities">Named things of the asked-for kind.</param>
/// <param name="Score">Coverage plus bonuses for holding an answer, retrieval rank and lead position.</param>
public sealed record CandidateSentence(
    SearchHit Hit,
    int Start,
    int End,
    string Text,
    IReadOnlySet<string> Covered,
    double Coverage,
    IReadOnlyList<string> Entities,
    double Score)
{
    /// <summary>The article it comes from.</summary>
    public string ArticleId => Hit.Passage.ArticleId;
}
