using System.Text;

namespace NewsBot.Core.Language;

/// <summary>
/// The Porter stemmer exactly as SQLite's FTS5 <c>porter</c> tokenizer applies it (same rule order, same
/// "first matching suffix decides" behaviour, tokens under 3 or over 64 UTF-8 bytes untouched), so terms
/// stemmed here can be looked up in the index's vocabulary and counted in passage text.
/// </summary>
internal static class PorterStemmer
{
    private const int MaxBytes = 64;

    // (suffix, replacement, condition) per step; within a step the first suffix that matches decides,
    // even when its condition then fails (as in FTS5, where each step switches on the penultimate letter).
    private static readonly (string Suffix, string With, Func<string, int, bool> When)[] Step2 =
    [
        ("ational", "ate", MGt0), ("tional", "tion", MGt0), ("enci", "ence", MGt0), ("anci", "ance", MGt0),
        ("izer", "ize", MGt0), ("logi", "log", MGt0), ("bli", "ble", MGt0), ("alli", "al", MGt0),
        ("entli", "ent", MGt0), ("eli", "e", MGt0), ("ousli", "ous", MGt0), ("ization", "ize", MGt0),
        ("ation", "ate", MGt0), ("ator", "ate", MGt0), ("alism", "al", MGt0), ("iveness", "ive", MGt0),
        ("fulness", "ful", MGt0), ("ousness", "ous", MGt0), ("aliti", "al", MGt0), ("iviti", "ive", MGt0),
        ("biliti", "ble", MGt0),
    ];

    private static readonly (string Suffix, string With, Func<string, int, bool> When)[] Step3 =
    [
        ("ical", "ic", MGt0), ("ness", "", MGt0), ("icate", "ic", MGt0), ("iciti", "ic", MGt0),
        ("ful", "", MGt0), ("ative", "", MGt0), ("alize", "al", MGt0),
    ];

    private static readonly (string Suffix, string With, Func<string, int, bool> When)[] Step4 =
    [
        ("al", "", MGt1), ("ance", "", MGt1), ("ence", "", MGt1), ("er", "", MGt1), ("ic", "", MGt1),
        ("able", "", MGt1), ("ible", "", MGt1), ("ant", "", MGt1), ("ement", "", MGt1), ("ment", "", MGt1),
        ("ent", "", MGt1), ("ion", "", MGt1AndSOrT), ("ou", "", MGt1), ("ism", "", MGt1), ("ate", "", MGt1),
        ("iti", "", MGt1), ("ous", "", MGt1), ("ive", "", MGt1), ("ize", "", MGt1),
    ];

    /// <summary>The stem of a lower-cased, diacritic-free token.</summary>
    public static string Stem(string token)
    {
        var bytes = token.Length <= MaxBytes / 4 ? token.Length : Encoding.UTF8.GetByteCount(token);
        if (bytes < 3 || bytes > MaxBytes || token.Length < 3)
            return token;
        var w = token;

        // Step 1a: plurals.
        if (w[^1] == 's')
        {
            if (w[^2] == 'e')
                w = (w.Length > 4 && w[^4] == 's' && w[^3] == 's') || (w.Length > 3 && w[^3] == 'i') ? w[..^2] : w[..^1];
            else if (w[^2] != 's')
                w = w[..^1];
        }

        // Step 1b: -eed, -ed, -ing.
        var trimmed = false;
        if (w.Length >= 2 && w[^2] == 'e')
        {
            if (w.Length > 3 && w.EndsWith("eed", StringComparison.Ordinal))
            {
                if (MGt0(w, w.Length - 3))
                    w = w[..^1];
            }
            else if (w.Length > 2 && w.EndsWith("ed", StringComparison.Ordinal) && HasVowel(w, w.Length - 2))
            {
                w = w[..^2];
                trimmed = true;
            }
        }
        else if (w.Length >= 2 && w[^2] == 'n' && w.Length > 3 && w.EndsWith("ing", StringComparison.Ordinal) && HasVowel(w, w.Length - 3))
        {
            w = w[..^3];
            trimmed = true;
        }
        if (trimmed)
            w = AfterTrim(w);

        // Step 1c: y → i after a vowel-bearing stem.
        if (w[^1] == 'y' && HasVowel(w, w.Length - 1))
            w = w[..^1] + "i";

        // Steps 2–4: suffix tables.
        w = Apply(w, Step2);
        w = Apply(w, Step3);
        w = Apply(w, Step4);

        // Step 5a: final e.
        if (w[^1] == 'e' && (MGt1(w, w.Length - 1) || (MEq1(w, w.Length - 1) && !CvcEnding(w, w.Length - 1))))
            w = w[..^1];

        // Step 5b: double l.
        if (w.Length > 1 && w[^1] == 'l' && w[^2] == 'l' && MGt1(w, w.Length - 1))
            w = w[..^1];
        return w;
    }

    private static string AfterTrim(string w)
    {
        if (w.Length > 2 && (w.EndsWith("at", StringComparison.Ordinal) || w.EndsWith("bl", StringComparison.Ordinal) || w.EndsWith("iz", StringComparison.Ordinal)))
            return w + "e";
        var c = w[^1];
        if (w.Length >= 2 && !IsVowel(c, false) && c is not ('l' or 's' or 'z') && c == w[^2])
            return w[..^1];
        if (MEq1(w, w.Length) && CvcEnding(w, w.Length))
            return w + "e";
        return w;
    }

    private static string Apply(string w, (string Suffix, string With, Func<string, int, bool> When)[] rules)
    {
        if (w.Length < 2)
            return w;
        var penultimate = w[^2];
        foreach (var (suffix, with, when) in rules)
        {
            if (suffix[^2] != penultimate || w.Length <= suffix.Length || !w.EndsWith(suffix, StringComparison.Ordinal))
                continue;
            var stem = w.Length - suffix.Length;
            return when(w, stem) ? w[..stem] + with : w;
        }
        return w;
    }

    private static bool IsVowel(char c, bool yIsVowel) => c is 'a' or 'e' or 'i' or 'o' or 'u' || (yIsVowel && c == 'y');

    // Position after the first vowel-then-consonant run starting at `from`, or 0 when there is none.
    private static int GobbleVc(string w, int from, int length, bool previousConsonant)
    {
        var consonant = previousConsonant;
        var i = from;
        for (; i < length; i++)
        {
            consonant = !IsVowel(w[i], consonant);
            if (!consonant)
                break;
        }
        for (i++; i < length; i++)
        {
            consonant = !IsVowel(w[i], consonant);
            if (consonant)
                return i + 1;
        }
        return 0;
    }

    private static bool MGt0(string w, int length) => GobbleVc(w, 0, length, false) != 0;

    private static bool MGt1(string w, int length)
    {
        var n = GobbleVc(w, 0, length, false);
        return n != 0 && GobbleVc(w, n, length, true) != 0;
    }

    private static bool MEq1(string w, int length)
    {
        var n = GobbleVc(w, 0, length, false);
        return n != 0 && GobbleVc(w, n, length, true) == 0;
    }

    private static bool MGt1AndSOrT(string w, int length) => length > 0 && w[length - 1] is 's' or 't' && MGt1(w, length);

    private static bool HasVowel(string w, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (IsVowel(w[i], i > 0))
                return true;
        }
        return false;
    }

    // *o: the stem ends consonant-vowel-consonant, the last not w, x or y.
    private static bool CvcEnding(string w, int length)
    {
        if (length == 0 || w[length - 1] is 'w' or 'x' or 'y')
            return false;
        var mask = 0;
        var consonant = false;
        for (var i = 0; i < length; i++)
        {
            consonant = !IsVowel(w[i], consonant);
            mask = (mask << 1) + (consonant ? 1 : 0);
        }
        return (mask & 7) == 5;
    }
}
