using System.Globalization;
using System.Text;
using NewsBot.Core.Answering;
using NewsBot.Core.Text;

namespace NewsBot.Discord.Rendering;

/// <summary>Turns <c>[n]</c> markers into markdown links to the cited article, bolds the asked-for fact, and formats dates and URLs safely.</summary>
internal static class SourceLinks
{
    /// <summary>
    /// The answer with Discord markdown in its text escaped (article and model text is untrusted: no masked links,
    /// no formatting tricks), each <c>[n]</c> marker turned into a link to its source where there is one, and the
    /// asked-for fact (<see cref="Reply.Spans"/>) in <c>**bold**</c>.
    /// </summary>
    public static string AnswerMarkdown(Reply reply)
    {
        var urls = reply.Citations
            .Where(c => SafeUrl(c.Url) is not null)
            .GroupBy(c => c.N)
            .ToDictionary(g => g.Key, g => SafeUrl(g.First().Url)!);
        var text = new StringBuilder(reply.Answer.Length + 64);
        // Spans are offsets into the raw answer, so the pieces are cut before anything is escaped.
        foreach (var piece in SpanPieces.Split(reply.Answer, reply.Spans))
        {
            text.Append(piece.Marked
                ? "**" + EscapeMarkdown(piece.Text) + "**"
                : CitationMarkers.Rewrite(piece.Text, EscapeMarkdown, n => urls.TryGetValue(n, out var url) ? $"[[{n}]]({url})" : null));
        }
        return text.ToString();
    }

    /// <summary>Backslash-escapes the characters Discord markdown gives meaning to, so untrusted text shows as written.</summary>
    public static string EscapeMarkdown(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '~' or '|' or '`' or '>' or '[' or ']' or '(' or ')' or '#' or '<')
                escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    /// <summary>An http(s) URL with the characters that would end a markdown link escaped, or null.</summary>
    public static string? SafeUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri.Replace("(", "%28").Replace(")", "%29")
            : null;

    public static string? Date(DateTimeOffset? published) =>
        published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Inline code that cannot be broken out of by a backtick in user input.</summary>
    public static string Code(string text) => "`" + text.Replace('`', '\'') + "`";
}
