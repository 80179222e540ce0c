using System.Buffers;
using System.Text;

namespace NewsBot.Core.Articles;

/// <summary>Small text operations the readers share: title lines, excerpts, whitespace collapsing.</summary>
public static class ArticleText
{
    /// <summary>Titles longer than this are cut at a word boundary.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>
    /// The first non-empty line as the title and the rest as the body. A line too long to be a headline
    /// becomes a shortened title and the whole text stays the body; a text of one line is both.
    /// </summary>
    public static (string Title, string Body) SplitTitleLine(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
            start++;
        var newline = text.IndexOf('\n', start);
        var lineEnd = newline < 0 ? text.Length : newline;
        var line = text.AsSpan(start, lineEnd - start).Trim();
        var body = newline < 0 ? "" : text[(newline + 1)..].Trim();
        if (line.Length > MaxTitleLength || body.Length == 0)
            return (Shorten(line.ToString()), text.Trim());
        return (line.ToString(), body);
    }

    /// <summary>A title made from the start of a text when none was given.</summary>
    public static string TitleFromText(string text)
    {
        var trimmed = text.AsSpan().Trim();
        var newline = trimmed.IndexOf('\n');
        return Shorten((newline < 0 ? trimmed : trimmed[..newline]).Trim().ToString());
    }

    /// <summary>Cuts a line to <see cref="MaxTitleLength"/> at a word boundary, ending in an ellipsis.</summary>
    public static string Shorten(string line, int max = MaxTitleLength)
    {
        if (line.Length <= max)
            return line;
        var cut = line.LastIndexOf(' ', max - 1);
        return (cut > max / 2 ? line[..cut] : line[..(max - 1)]).TrimEnd() + "…";
    }

    /// <summary>Runs of whitespace become one space; the result is trimmed.</summary>
    public static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
                builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>
    /// The text without C0 controls (other than newline and tab), DEL, C1 controls, and the bidirectional embedding,
    /// override and isolate controls (U+202A–U+202E, U+2066–U+2069), which can make a terminal or a chat show text in
    /// another order than it is stored ("Trojan Source"). The plain marks LRM, RLM and ALM stay: they reorder nothing.
    /// </summary>
    public static string WithoutControlCharacters(string text)
    {
        if (!text.AsSpan().ContainsAny(ControlCharacters))
            return text;
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!ControlCharacters.Contains(c))
                builder.Append(c);
        }
        return builder.ToString();
    }

    private static readonly SearchValues<char> ControlCharacters = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not '\n' and not '\t').Select(c => (char)c), '\u007F',
            .. Enumerable.Range(0x80, 0x20).Select(c => (char)c),
            .. Enumerable.Range(0x202A, 5).Select(c => (char)c), .. Enumerable.Range(0x2066, 4).Select(c => (char)c)]);

    /// <summary>Null for null, empty or whitespace; otherwise the trimmed value.</summary>
    public static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
