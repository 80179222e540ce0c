using Microsoft.Extensions.AI;

namespace NewsBot.Core.ChatModels;

/// <summary>Tokens a chat model spent on one answer, as the service reported them (so an operator can see cost).</summary>
public sealed record TokenUsage(long PromptTokens, long CompletionTokens, long TotalTokens)
{
    /// <summary>The usage the service reported, or null when it reported none.</summary>
    public static TokenUsage? From(UsageDetails? usage) => usage is null ? null : new(
        usage.InputTokenCount ?? 0,
        usage.OutputTokenCount ?? 0,
        usage.TotalTokenCount ?? (usage.InputTokenCount ?? 0) + (usage.OutputTokenCount ?? 0));
}
