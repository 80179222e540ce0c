using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsBot.Slack.Rendering;

/// <summary>
/// mrkdwn for untrusted text (protocols.md B5). Escaping <c>&amp; &lt; &gt;</c> means article text can never form
/// <c>&lt;!channel&gt;</c>, <c>&lt;@U…&gt;</c> or <c>&lt;#C…&gt;</c>; bare <c>@here</c>-style words are broken too.
/// </summary>
internal static partial class SlackText
{
    public static string Escape(string text)
    {
        var escaped = text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
        // A zero-width joiner after '@' keeps the word readable but never a broadcast.
        return BroadcastWord().Replace(escaped, m => "@\u2060" + m.Value[1..]);
    }

    /// <summary>
    /// <c>*bold*</c> for untrusted text, given the characters of the surrounding text just before and after it.
    /// mrkdwn has no escape for <c>*</c>: one inside would end the bold early, so it shows as the look-alike U+2217.
    /// Slack opens and closes bold only at a word boundary; a zero-width space makes one where the text has none.
    /// </summary>
    public static string Bold(string text, char before, char after) =>
        (char.IsWhiteSpace(before) ? "" : "\u200B") + "*" + Escape(text).Replace('*', '\u2217') + "*" + (char.IsWhiteSpace(after) ? "" : "\u200B");

    /// <summary>Escapes a label and also removes the characters that would end a <c>&lt;url|label&gt;</c> link early.</summary>
    public static string EscapeLabel(string text) => Escape(OneLine(text).Replace('|', '/'));

    /// <summary><c>&lt;url|label&gt;</c> for an http(s) URL; just the escaped label otherwise.</summary>
    public static string Link(string? url, string label)
    {
        var safeLabel = EscapeLabel(label);
        if (SafeUrl(url) is not { } safeUrl)
            return safeLabel;
        return $"<{safeUrl}|{safeLabel}>";
    }

    public static string? SafeUrl(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return null;
        return uri.AbsoluteUri.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "%3C", StringComparison.Ordinal)
            .Replace(">", "%3E", StringComparison.Ordinal)
            .Replace("|", "%7C", StringComparison.Ordinal);
    }

    public static string OneLine(string text) => WhiteSpace().Replace(text, " ").Trim();

    /// <summary>Cuts escaped text without splitting an entity such as <c>&amp;amp;</c> or a surrogate pair.</summary>
    public static string TruncateEscaped(string escaped, int max)
    {
        if (escaped.Length <= max)
            return escaped;
        var end = max - 1;
        var amp = escaped.LastIndexOf('&', end - 1, Math.Min(end, 6));
        if (amp >= 0 && escaped.IndexOf(';', amp) is var semi && (semi < 0 || semi >= end))
            end = amp;
        if (end > 0 && char.IsLowSurrogate(escaped[end]))
            end--;
        return escaped[..end] + "…";
    }

    public static string Date(DateTimeOffset? published) =>
        published?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "";

    public static string Join(params string?[] parts)
    {
        var sb = new StringBuilder();
        foreach (var part in parts)
        {
            if (string.IsNullOrWhiteSpace(part))
                continue;
            if (sb.Length > 0)
                sb.Append(" · ");
            sb.Append(part);
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"@(channel|here|everyone)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BroadcastWord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
