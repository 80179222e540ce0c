namespace NewsBot.Discord.Rendering;

/// <summary>Cutting text to Discord's limits without breaking a surrogate pair, preferring paragraph and sentence ends.</summary>
internal static class DiscordText
{
    public static string Truncate(string text, int max)
    {
        var trimmed = text.Trim();
        if (trimmed.Length <= max)
            return trimmed;
        var cut = SafeCut(trimmed, max - 1);
        return trimmed[..cut].TrimEnd() + "…";
    }

    /// <summary>Splits into pieces of at most <paramref name="max"/> characters at the best break found in the second half.</summary>
    public static IReadOnlyList<string> Split(string text, int max)
    {
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

    private static int BestBreak(string text, int max)
    {
        var floor = max / 2;
        foreach (var separator in (string[])["\n\n", "\n", ". ", "? ", "! ", " "])
        {
            var at = text.LastIndexOf(separator, max - separator.Length, StringComparison.Ordinal);
            if (at >= floor)
                return at + separator.Length;
        }
        return SafeCut(text, max);
    }

    private static int SafeCut(string text, int at) =>
        at > 0 && at < text.Length && char.IsLowSurrogate(text[at]) ? at - 1 : at;
}
