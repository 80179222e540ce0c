using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Core.Articles;

/// <summary>Article ids: a relative path without extension (<c>business/001</c>) or a slug of a URL (<c>example.com/news/story-1</c>).</summary>
public static class ArticleIds
{
    private const int MaxLength = 120;

    /// <summary>The id for a file: its path relative to the ingested folder, without extension, with <c>/</c> separators.</summary>
    public static string FromRelativePath(string relativePath)
    {
        var withoutExtension = Path.ChangeExtension(relativePath, null) ?? relativePath;
        return withoutExtension.Replace('\\', '/').Trim('/');
    }

    /// <summary>
    /// A readable, stable slug of a URL or other identifier: host without <c>www.</c>, path and query, lower case,
    /// anything but letters, digits, <c>.</c>, <c>_</c> and <c>/</c> turned into <c>-</c>; long ones end in a short hash.
    /// </summary>
    public static string Slug(string urlOrIdentifier)
    {
        var source = urlOrIdentifier.Trim();
        if (Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.IsAbsoluteUri && !string.IsNullOrEmpty(uri.Host))
        {
            var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
            var path = uri.AbsolutePath;
            foreach (var extension in (ReadOnlySpan<string>)[".html", ".htm", ".php", ".aspx", ".shtml"])
            {
                if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                    path = path[..^extension.Length];
            }
            source = host + path + (uri.Query.Length > 1 ? "-" + uri.Query[1..] : "");
        }
        var slug = new StringBuilder(source.Length);
        foreach (var c in source)
        {
            var keep = char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '/';
            if (keep && !(c == '/' && slug.Length > 0 && slug[^1] == '/'))
                slug.Append(char.ToLowerInvariant(c));
            else if (!keep && slug.Length > 0 && slug[^1] != '-' && slug[^1] != '/')
                slug.Append('-');
        }
        var result = slug.ToString().Trim('-', '/', '.');
        if (result.Length == 0)
            return "article-" + ShortHash(urlOrIdentifier);
        return result.Length <= MaxLength ? result : result[..(MaxLength - 9)].TrimEnd('-', '/') + "-" + ShortHash(urlOrIdentifier);
    }

    private static string ShortHash(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)).AsSpan(0, 4));
}
