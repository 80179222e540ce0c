using System.Globalization;
using System.Text;

namespace NewsBot.Core.Language;

/// <summary>
/// What FTS5's <c>porter unicode61 remove_diacritics 2</c> makes of a lower-cased token: diacritics removed
/// ("café" → "cafe"), then Porter-stemmed. The result is the term as the index's vocabulary stores it.
/// </summary>
internal static class TermFolding
{
    private const int MaxCachedTerms = 200_000;
    private static readonly CappedCache<string> Cache = new(MaxCachedTerms);

    /// <summary>The indexed form of a lower-cased token.</summary>
    public static string IndexTerm(string lowerToken) => PorterStemmer.Stem(RemoveDiacritics(lowerToken));

    /// <summary><see cref="IndexTerm"/> through a bounded cache, without allocating for a word seen before.</summary>
    public static string CachedIndexTerm(ReadOnlySpan<char> lowerToken)
    {
        if (Cache.TryGet(lowerToken, out var term))
            return term;
        var word = lowerToken.ToString();
        term = IndexTerm(word);
        Cache.Add(word, term);
        return term;
    }

    /// <summary>The token without combining marks (ASCII tokens come back unchanged, without allocating).</summary>
    public static string RemoveDiacritics(string token)
    {
        if (Ascii.IsValid(token))
            return token;
        // unicode61 removes diacritics from Latin letters only (Greek tonos stays) and folds final sigma.
        var decomposed = token.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var baseIsLatin = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                if (!baseIsLatin)
                    sb.Append(c);
                continue;
            }
            baseIsLatin = c < '\u0250' || c is >= '\u1E00' and <= '\u1EFF';
            sb.Append(c == 'ς' ? 'σ' : c);
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
