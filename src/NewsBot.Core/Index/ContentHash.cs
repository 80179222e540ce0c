using System.Security.Cryptography;
using System.Text;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Index;

/// <summary>Hashes that decide Unchanged (same id, same content) and Duplicate (same text, another id).</summary>
internal static class ContentHash
{
    /// <summary>Everything stored about the article: a change to any of it is an update.</summary>
    public static string OfArticle(Article article) =>
        Hash(string.Join('\u001f', article.Title, article.Url, article.Published?.ToString("o"), article.Source, article.Text));

    /// <summary>The text with runs of whitespace collapsed, so re-wrapped copies still count as the same text.</summary>
    public static string OfText(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space)
                sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return Hash(sb.ToString());
    }

    private static string Hash(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
