namespace NewsBot.Core.Text;

/// <summary>
/// Cutting reply text to a platform's limits (Slack sections, Discord embeds): never through a surrogate pair,
/// preferring paragraph, line, sentence and word ends in the second half of the room.
/// </summary>
public static class TextPieces
{
    private static readonly string[] Breaks = ["\n\n", "\n", ". ", "? ", "! ", " "];

    /// <summary>The trimmed text, or its first <paramref name="max"/> characters at most (ending in "…").</summary>
    public static string Truncate(string text, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 2);
        var trimmed = text.Trim();
        if (trimmed.Length <= max)
            return trimmed;
        var room = max - 1;
        var space = trimmed.LastIndexOf(' ', room);
        var cut = space >= max / 2 ? space : SafeCut(trimmed, room);
        return trimmed[..cut].TrimEnd() + "…";
    }

    /// <summary>Splits into pieces of at most <paramref name="max"/> characters at the best break found in the second half.</summary>
    public static IReadOnlyList<string> Split(string text, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 2);
        var pieces = new List<string>();
        var rest = text.Trim();
        while (rest.Length > max)
        {
            var cut = BestBreak(rest, max);
            pieces.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }
        if (rest.Length > 0)
            pieces.Add(rest);
        return pieces;
    }

    /// <summary>
    /// Where each piece of <see cref="Split"/> lies in <paramref name="text"/>, for renderers that map offsets given
    /// over the whole text (such as <see cref="Answering.Reply.Spans"/>) onto the pieces.
    /// </summary>
    public static IReadOnlyList<Range> SplitRanges(string text, int max)
    {
        var ranges = new List<Range>();
        var at = 0;
        foreach (var piece in Split(text, max))
        {
            // Only whitespace lies between two pieces and a piece starts with none, so the first match is the piece.
            at = text.IndexOf(piece, at, StringComparison.Ordinal);
            ranges.Add(at..(at + piece.Length));
            at += piece.Length;
        }
        return ranges;
    }

    private static int BestBreak(string text, int max)
    {
        var floor = max / 2;
        foreach (var separator in Breaks)
        {
            var at = text.LastIndexOf(separator, max - separator.Length, StringComparison.Ordinal);
            if (at >= floor)
                return at + separator.Length;
        }
        return SafeCut(text, max);
    }

    /// <summary><paramref name="at"/>, or one less when it would separate a surrogate pair.</summary>
    private static int SafeCut(string text, int at) =>
        at > 0 && at < text.Length && char.IsLowSurrogate(text[at]) ? at - 1 : at;
}
