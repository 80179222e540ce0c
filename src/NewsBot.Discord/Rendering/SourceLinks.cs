using System.Globalization;
using System.Text.RegularExpressions;
using NewsBot.Core.Answering;

namespace NewsBot.Discord.Rendering;

/// <summary>Turns <c>[n]</c> markers into markdown links to the cited article, and formats dates and URLs safely.</summary>
internal static partial class SourceLinks
{
    public static string LinkMarkers(string answer, IReadOnlyList<Citation> citations)
    {
        var urls = citations
            .Where(c => SafeUrl(c.Url) is not null)
            .GroupBy(c => c.N)
            .ToDictionary(g => g.Key, g => SafeUrl(g.First().Url)!);
        return Marker().Replace(answer, match =>
            int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && urls.TryGetValue(n, out var url)
                ? $"[[{n}]]({url})"
                : match.Value);
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

    // A marker not already followed by "(" (which would make it a link already).
    [GeneratedRegex(@"\[(\d{1,3})\](?!\()")]
    private static partial Regex Marker();
}
