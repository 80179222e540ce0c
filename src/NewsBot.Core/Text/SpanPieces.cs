using NewsBot.Core.Answering;

namespace NewsBot.Core.Text;

/// <summary>
/// Cuts an answer into plain and marked pieces from <see cref="Reply.Spans"/>, so each renderer escapes every piece
/// for its platform and wraps only the marked ones in its bold. Spans are data from a writer and are checked here:
/// one that is empty, out of range, out of order or overlapping an earlier one, splits a surrogate pair or touches a
/// <c>[n]</c> marker is ignored (the text then shows plain), never an error.
/// </summary>
public static class SpanPieces
{
    /// <summary>The whole of <paramref name="text"/> as pieces; their texts concatenate to <paramref name="text"/>.</summary>
    public static IReadOnlyList<SpanPiece> Split(string text, IReadOnlyList<AnswerSpan>? spans) =>
        Split(text, spans, Range.All);

    /// <summary>
    /// The pieces of <c>text[window]</c> only (a section of an answer that a platform shows in parts); a span that
    /// crosses the window's edge is marked on the part inside it.
    /// </summary>
    public static IReadOnlyList<SpanPiece> Split(string text, IReadOnlyList<AnswerSpan>? spans, Range window)
    {
        var (windowStart, windowLength) = window.GetOffsetAndLength(text.Length);
        var windowEnd = windowStart + windowLength;
        var pieces = new List<SpanPiece>();
        var at = windowStart;
        foreach (var (start, end) in Valid(text, spans ?? []))
        {
            var from = Math.Max(start, windowStart);
            var to = Math.Min(end, windowEnd);
            if (from >= to)
                continue;
            if (from > at)
                pieces.Add(new SpanPiece(text[at..from], false));
            pieces.Add(new SpanPiece(text[from..to], true));
            at = to;
        }
        if (at < windowEnd)
            pieces.Add(new SpanPiece(text[at..windowEnd], false));
        return pieces;
    }

    /// <summary>The spans that can be shown, as [start, end) with surrounding whitespace moved out of the bold.</summary>
    private static IEnumerable<(int Start, int End)> Valid(string text, IReadOnlyList<AnswerSpan> spans)
    {
        var markers = CitationMarkers.Find(text);
        var previousEnd = 0;
        foreach (var span in spans)
        {
            // long: Start + Length of bad data may overflow an int.
            if (span is null || span.Start < 0 || span.Length <= 0 || (long)span.Start + span.Length > text.Length)
                continue;
            var start = span.Start;
            var end = span.Start + span.Length;
            while (start < end && char.IsWhiteSpace(text[start]))
                start++;
            while (end > start && char.IsWhiteSpace(text[end - 1]))
                end--;
            if (start == end || start < previousEnd || SplitsPair(text, start) || SplitsPair(text, end)
                || markers.Any(m => start < m.End && m.Start < end))
                continue;
            previousEnd = end;
            yield return (start, end);
        }
    }

    private static bool SplitsPair(string text, int at) =>
        at > 0 && at < text.Length && char.IsHighSurrogate(text[at - 1]) && char.IsLowSurrogate(text[at]);
}
