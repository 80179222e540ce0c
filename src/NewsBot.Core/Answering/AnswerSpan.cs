namespace NewsBot.Core.Answering;

/// <summary>
/// A range of <see cref="Reply.Answer"/> (UTF-16 offsets) that holds the asked-for fact: the date for "when",
/// the number for "how many", the name for "who", the place for "where". Front ends show it in bold.
/// </summary>
/// <param name="Start">Offset of the first character in <see cref="Reply.Answer"/>.</param>
/// <param name="Length">Number of characters; the range never crosses a <c>[n]</c> marker.</param>
public sealed record AnswerSpan(int Start, int Length)
{
    /// <summary>The offset just past the span.</summary>
    public int End => Start + Length;
}
