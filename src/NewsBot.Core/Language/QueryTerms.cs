using System.Text;

namespace NewsBot.Core.Language;

/// <summary>
/// Splits user text into lower-cased word tokens the way FTS5's unicode61 tokenizer does (letters and digits
/// of any script; everything else, FTS5 syntax and emoji included, separates), and picks the topic terms.
/// </summary>
internal static partial class QueryTerms
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

    /// <summary>
    /// The word tokens of a question, as <see cref="Tokens"/>, with chat shorthand written out (<see cref="ChatShorthand"/>),
    /// at most <see cref="MaxScannedTokens"/>: what retrieval and the answerer both read.
    /// </summary>
    public static List<string> QuestionTokens(string question) => [.. ChatShorthand.Expand(Tokens(question).Take(MaxScannedTokens)).Take(MaxScannedTokens)];

    /// <summary>The distinct topic terms of a query: no stopwords or question words, at most <see cref="MaxTerms"/>.</summary>
    public static IReadOnlyList<string> KeyTerms(string text) => KeyTerms(Tokens(text), NamedStopwords(text));

    /// <summary>
    /// The distinct topic terms among word tokens: no stopwords or question words (except those in
    /// <paramref name="names"/>), at most <see cref="MaxTerms"/>.
    /// </summary>
    public static IReadOnlyList<string> KeyTerms(IEnumerable<string> tokens, IReadOnlySet<string>? names = null)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var terms = new List<string>();
        foreach (var token in tokens)
        {
            if ((Stopwords.Contains(token) && names?.Contains(token) != true) || !seen.Add(token))
                continue;
            terms.Add(token);
            if (terms.Count == MaxTerms)
                break;
        }
        return terms;
    }

    /// <summary>
    /// Stopwords the text uses as names, lower-cased: an all-capitals word ("the WHO", "the US") and the month May
    /// before a number or after a preposition ("in May 2024"). None when the text itself is mostly capitals
    /// ("WHERE DID THEY MEET?"), where capitals say nothing.
    /// </summary>
    public static IReadOnlySet<string> NamedStopwords(string text)
    {
        var letters = 0;
        var upper = 0;
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, 4_000)))
        {
            if (!char.IsLetter(c))
                continue;
            letters++;
            if (char.IsUpper(c))
                upper++;
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (upper * 2 > letters)
            return names;
        foreach (System.Text.RegularExpressions.Match match in NameLike().Matches(text))
        {
            var word = match.Value.ToLowerInvariant();
            if (Stopwords.Contains(word))
                names.Add(word);
        }
        return names;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b\p{Lu}{2,}\b|\bMay(?=\s+\d)|(?<=\b(?:in|of|early|late|mid|since|until|by|from|last|next)\s+)May\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial System.Text.RegularExpressions.Regex NameLike();
}
