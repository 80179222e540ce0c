using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsBot.Core.Text;

/// <summary>The <c>[n]</c> markers of a checked reply, turned into a platform's links by its renderer.</summary>
public static partial class CitationMarkers
{
    /// <summary>
    /// The text with every stretch between markers passed through <paramref name="escape"/> (article and model text is
    /// untrusted) and each <c>[n]</c> replaced by <paramref name="link"/>'s result, or kept as written when it gives null.
    /// </summary>
    public static string Rewrite(string text, Func<string, string> escape, Func<int, string?> link)
    {
        var rewritten = new StringBuilder(text.Length + 64);
        var last = 0;
        foreach (Match match in Marker().Matches(text))
        {
            rewritten.Append(escape(text[last..match.Index]));
            var n = int.Parse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            rewritten.Append(link(n) ?? match.Value);
            last = match.Index + match.Length;
        }
        return rewritten.Append(escape(text[last..])).ToString();
    }

    /// <summary>Where the <c>[n]</c> markers are, as [start, end) offsets in order.</summary>
    public static IReadOnlyList<(int Start, int End)> Find(string text) =>
        Marker().Matches(text).Select(m => (m.Index, m.Index + m.Length)).ToList();

    [GeneratedRegex(@"\[(\d{1,3})\]", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
