using NewsBot.Core.Index;
using NewsBot.Core.Search;

namespace NewsBot.Core.Answering;

/// <summary>One sentence of a retrieved passage, scored as an answer to the question.</summary>
/// <param name="Text">Exactly <c>Hit.Passage.Text[Start..End]</c>.</param>
/// <param name="Covered">The question's key terms the sentence contains.</param>
/// <param name="Coverage">Rarity-weighted share of the key terms covered (0–1).</param>
/// <param name="Entities">Named things of the asked-for kind near the question's terms, lower-cased.</param>
/// <param name="Score">The model's probability (0–1) that the sentence answers the question.</param>
/// <param name="Features">The signals the probability came from (<see cref="AnswerFeatures.Names"/>).</param>
public sealed record CandidateSentence(
    SearchHit Hit,
    int Start,
    int End,
    string Text,
    IReadOnlySet<string> Covered,
    double Coverage,
    IReadOnlyList<string> Entities,
    double Score,
    IReadOnlyList<double> Features)
{
    /// <summary>The article it comes from.</summary>
    public string ArticleId => Hit.Passage.ArticleId;
}
