namespace NewsBot.Core.Answering;

/// <summary>Settings of section <c>Answering</c>.</summary>
public sealed class AnsweringOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Answering";

    /// <summary>How many passages are retrieved per question.</summary>
    public int TopK { get; set; } = 8;

    /// <summary>
    /// Most of those passages one article may hold while other articles match: a long article's many passages must
    /// not crowd out a second source (or the other side of a conflict).
    /// </summary>
    public int MaxPassagesPerArticle { get; set; } = 3;

    /// <summary>Default of <see cref="MaxQuestionChars"/>.</summary>
    public const int DefaultMaxQuestionChars = 2_000;

    /// <summary>
    /// Longest question answered, for every front end alike: a longer one gets a reply naming the limit (the web API
    /// and the CLI refuse it before it reaches the core, Discord's slash command cannot send more).
    /// </summary>
    public int MaxQuestionChars { get; set; } = DefaultMaxQuestionChars;

    /// <summary>How many recent turns a conversation keeps for follow-ups.</summary>
    public int ConversationTurns { get; set; } = 5;
}
