using System.Text.Json.Serialization;
using NewsBot.Core.Articles;
using NewsBot.Core.ChatModels;

namespace NewsBot.Core.Answering;

/// <summary>
/// The platform-neutral answer every front end renders: text with <c>[n]</c> markers and the
/// citations they point at, or an explicit not-found (<see cref="Abstained"/>) naming the closest articles.
/// </summary>
public sealed record Reply(string Answer, bool Abstained, IReadOnlyList<Citation> Citations)
{
    /// <summary>On a not-found answer: the articles that came closest.</summary>
    public IReadOnlyList<ArticleSummary> Closest { get; init; } = [];

    /// <summary>
    /// Optional: ranges of <see cref="Answer"/> that hold the asked-for fact (a date, number, name or place), in order and
    /// not overlapping; empty when the question asks for no particular kind or the writer marks none (a chat model).
    /// Front ends show them in bold; plain-text output prints the answer unchanged.
    /// </summary>
    public IReadOnlyList<AnswerSpan> Spans { get; init; } = [];

    /// <summary>True when the cited sources disagree and the answer shows each side.</summary>
    public bool SourcesDiffer { get; init; }

    /// <summary>A short note for the reader, e.g. that the model timed out and an extractive answer is shown.</summary>
    public string? Note { get; init; }

    /// <summary>The standalone question that was answered (a follow-up is rewritten before retrieval).</summary>
    public string? Question { get; init; }

    /// <summary>Optional: the tokens the chat model spent on this answer; absent (and not serialised) without a model call.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TokenUsage? Usage { get; init; }
}
