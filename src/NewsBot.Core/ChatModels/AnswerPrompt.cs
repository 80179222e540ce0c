using Microsoft.Extensions.AI;
using NewsBot.Core.Index;
using NewsBot.Core.Search;

namespace NewsBot.Core.ChatModels;

/// <summary>The messages sent to the model and the passages it was given; passage <c>[n]</c> is <c>Given[n - 1]</c>.</summary>
public sealed record AnswerPrompt(IReadOnlyList<ChatMessage> Messages, IReadOnlyList<SearchHit> Given, string Hash);
