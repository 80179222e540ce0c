using NewsBot.Core.Index;
using NewsBot.Core.Passages;
using NewsBot.Core.Search;

namespace NewsBot.Core.Answering;

/// <summary>One sentence of a retrieved passage, before it is scored.</summary>
/// <param name="HitRank">0-based rank of its passage among the retrieved ones.</param>
/// <param name="Index">0-based position of the sentence in its passage.</param>
public sealed record AnswerSentence(SearchHit Hit, int HitRank, int Index, int Start, int End)
{
    /// <summary>Exactly <c>Hit.Passage.Text[Start..End]</c>.</summary>
    public string Text => Hit.Passage.Text[Start..End];

    /// <summary>True for the first sentence of an article (the lead, which repeats the story's topic words).</summary>
    public bool IsLead => Hit.Passage.Ordinal == 0 && Index == 0;

    /// <summary>Every sentence of the hits, in retrieval order.</summary>
    public static IReadOnlyList<AnswerSentence> Of(IReadOnlyList<SearchHit> hits)
    {
        var sentences = new List<AnswerSentence>();
        for (var rank = 0; rank < hits.Count; rank++)
        {
            var split = SentenceSplitter.Split(hits[rank].Passage.Text);
            for (var i = 0; i < split.Count; i++)
                sentences.Add(new AnswerSentence(hits[rank], rank, i, split[i].Start, split[i].End));
        }
        return sentences;
    }
}
