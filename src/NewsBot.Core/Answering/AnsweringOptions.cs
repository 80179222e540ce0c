namespace NewsBot.Core.Answering;

/// <summary>Settings of section <c>Answering</c>.</summary>
public sealed class AnsweringOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Answering";

    /// <summary>How many passages are retrieved per question.</summary>
    public int TopK { get; set; } = 8;

    /// <summary>Longest question accepted by the core; longer input is cut (front ends reject earlier with a clear error).</summary>
    public int MaxQuestionChars { get; set; } = 10_000;

    /// <summary>How many recent turns a conversation keeps for follow-ups.</summary>
    public int ConversationTurns { get; set; } = 5;
}
