using System.Buffers;

namespace NewsBot.Core.Passages;

/// <summary>
/// Finds sentence boundaries in article text. Shared by the passage splitter (passages never cut a sentence)
/// and the answerers (quotes are whole sentences), so both agree on what a sentence is.
/// </summary>
public static class SentenceSplitter
{
    // Abbreviations after which a full stop does not end a sentence ("Mr. Blinken", "U.S. officials").
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "col", "lt", "sgt", "capt", "rep", "sen", "gov",
        "pres", "rev", "hon", "vs", "etc", "inc", "ltd", "co", "corp", "no", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m",
    };

    // Looked up by span: a substring per full stop would dominate ingest time on large collections.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationsBySpan =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    // The only characters that can end a sentence; the scan jumps between them (vectorised), which keeps
    // ingest of large collections cheap.
    private static readonly SearchValues<char> Enders = SearchValues.Create(".!?…\n");

    /// <summary>
    /// The sentences of <c>text[start..end]</c> as absolute (start, end) pairs, trimmed of surrounding whitespace.
    /// A blank line always ends a sentence, so headings and paragraphs without a full stop stay separate;
    /// so does a line break before a list item (<c>- </c>, <c>* </c>, <c>• </c>).
    /// </summary>
    public static IReadOnlyList<(int Start, int End)> Split(string text, int start = 0, int? end = null)
    {
        var stop = end ?? text.Length;
        var sentences = new List<(int, int)>();
        var begin = start;
        for (var i = start; i < stop; i++)
        {
            var skip = text.AsSpan(i, stop - i).IndexOfAny(Enders);
            if (skip < 0)
                break;
            i += skip;
            var c = text[i];
            if (c == '\n')
            {
                if (IsParagraphBreak(text, i, stop) || StartsListItem(text, i + 1, stop))
                {
                    Add(text, begin, i, sentences);
                    begin = i + 1;
                }
                continue;
            }
            var after = i + 1;
            while (after < stop && text[after] is '"' or '\'' or '”' or '’' or ')' or ']' or '.' or '!' or '?')
                after++;
            if (after < stop && !char.IsWhiteSpace(text[after]))
            {
                // Not a sentence end ("3.5", "...x"): skip the whole run, so a run of 100,000 dots is read once.
                i = after - 1;
                continue;
            }
            if (c == '.' && IsAbbreviationOrInitial(text, begin, i))
                continue;
            var next = after;
            while (next < stop && char.IsWhiteSpace(text[next]))
                next++;
            if (next < stop && char.IsLower(text[next]))
                continue;
            Add(text, begin, after, sentences);
            begin = after;
            i = after - 1;
        }
        Add(text, begin, stop, sentences);
        return sentences;
    }

    // A blank line (only whitespace up to the next newline) ends a paragraph; a single newline is a wrap.
    private static bool IsParagraphBreak(string text, int newline, int stop)
    {
        for (var j = newline + 1; j < stop && text[j] != '\n'; j++)
        {
            if (!char.IsWhiteSpace(text[j]))
                return false;
        }
        return true;
    }

    // "- item", "* item", "• item" at the start of a line (after optional indentation).
    private static bool StartsListItem(string text, int lineStart, int stop)
    {
        var j = lineStart;
        while (j < stop && text[j] is ' ' or '\t')
            j++;
        return j + 1 < stop && text[j] is '-' or '*' or '•' or '–' && text[j + 1] == ' ';
    }

    private static bool IsAbbreviationOrInitial(string text, int begin, int dot)
    {
        var j = dot - 1;
        while (j >= begin && (char.IsLetter(text[j]) || text[j] == '.'))
            j--;
        var word = text.AsSpan(j + 1, dot - j - 1);
        if (word.Length == 0)
            return false;
        if (word.Length == 1 && char.IsUpper(word[0]))
            return true;
        return AbbreviationsBySpan.Contains(word);
    }

    private static void Add(string text, int from, int to, List<(int, int)> sentences)
    {
        while (from < to && char.IsWhiteSpace(text[from]))
            from++;
        while (to > from && char.IsWhiteSpace(text[to - 1]))
            to--;
        if (to > from)
            sentences.Add((from, to));
    }
}
