using System.Globalization;
using System.Text;

namespace NewsBot.Evaluation.Metrics;

/// <summary>
/// Answer-string matching as the official SQuAD script normalises (lower case, no punctuation, no articles
/// a/an/the, single spaces), applied as containment: does the cited text hold a gold answer?
/// </summary>
internal static class AnswerText
{
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            var punctuation = char.IsPunctuation(c) || char.IsSymbol(c) && category != UnicodeCategory.CurrencySymbol;
            builder.Append(punctuation || char.IsWhiteSpace(c) ? ' ' : char.ToLowerInvariant(c));
        }
        var words = builder.ToString()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("a" or "an" or "the"));
        return string.Join(' ', words);
    }

    /// <summary>True when any non-empty answer, normalised, occurs in the normalised text on word boundaries.</summary>
    public static bool ContainsAny(string text, IEnumerable<string> answers)
    {
        var haystack = $" {Normalize(text)} ";
        foreach (var answer in answers)
        {
            var needle = Normalize(answer);
            if (needle.Length > 0 && haystack.Contains($" {needle} ", StringComparison.Ordinal))
                return true;
        }
        return false;
    }
}
