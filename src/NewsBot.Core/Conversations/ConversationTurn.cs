namespace NewsBot.Core.Conversations;

/// <summary>One question (as asked and as rewritten) and the answer given, kept for follow-ups.</summary>
public sealed record ConversationTurn(string Question, string StandaloneQuestion, string Answer);
