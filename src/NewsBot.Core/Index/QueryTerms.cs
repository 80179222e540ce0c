using System.Text;

namespace NewsBot.Core.Index;

/// <summary>
/// Splits user text into lower-cased word tokens the way FTS5's unicode61 tokenizer does (letters and digits
/// of any script; everything else, FTS5 syntax and emoji included, separates), and picks the topic terms.
/// </summary>
internal static class QueryTerms
{
    /// <summary>Most terms a query keeps: a 10,000-character paste must not become a 1,500-term query.</summary>
    public const int MaxTerms = 32;

    /// <summary>Most tokens of a query looked at (a 10,000-character paste is cut here, before any list is built).</summary>
    public const int MaxScannedTokens = 2_000;

    /// <summary>Every word token, lower-cased, in order.</summary>
    public static IEnumerable<string> Tokens(string text)
    {
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            // Combining marks separate words, as in FTS5's unicode61 tokenizer (see WordScanner).
            if (Rune.IsLetterOrDigit(rune))
            {
                word.Append(Rune.ToLowerInvariant(rune).ToString());
                continue;
            }
            if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
        if (word.Length > 0)
            yield return word.ToString();
    }

    /// <summary>The distinct topic terms of a query: no stopwords or question words, at most <see cref="MaxTerms"/>.</summary>
    public static IReadOnlyList<string> KeyTerms(string text) => KeyTerms(Tokens(text));

    /// <summary>The distinct topic terms among word tokens: no stopwords or question words, at most <see cref="MaxTerms"/>.</summary>
    public static IReadOnlyList<string> KeyTerms(IEnumerable<string> tokens)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var terms = new List<string>();
        foreach (var token in tokens)
        {
            if (Stopwords.Contains(token) || !seen.Add(token))
                continue;
            terms.Add(token);
            if (terms.Count == MaxTerms)
                break;
        }
        return terms;
    }
}
