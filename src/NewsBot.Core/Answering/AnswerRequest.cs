using NewsBot.Core.Conversations;
using NewsBot.Core.Index;
using NewsBot.Core.Search;

namespace NewsBot.Core.Answering;

/// <summary>What an answer writer gets: the standalone question, the retrieved passages best-first, and recent turns.</summary>
public sealed record AnswerRequest(
    string Question,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<ConversationTurn> History);
