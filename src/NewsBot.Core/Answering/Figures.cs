using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Core.Answering;

/// <summary>What a figure in a sentence measures.</summary>
public enum FigureSort
{
    /// <summary>A plain number: a count, an age, a score.</summary>
    Count,

    /// <summary>Money: "$9.3bn", "£26m", "19,800 yen", "86.7bn Swiss francs".</summary>
    Money,

    /// <summary>A share: "12.1%", "3 per cent".</summary>
    Share,

    /// <summary>A year: "2004", "the 1980s".</summary>
    Year,

    /// <summary>A day of a month: "12 December", "October 18".</summary>
    Date,

    /// <summary>A span of time: "10 minutes", "three years".</summary>
    Duration,
}

/// <summary>
/// Figures as news writes them: what each one measures (money, a share, a year, a date, a duration or a plain count)
/// and its value, so that "£35 billion" and "£35bn" (or "$27bn" and "$27.5bn") are one report, not two that differ, and
/// "in 2003" is no other answer to "an eight-year ban".
/// </summary>
public static partial class Figures
{
    /// <summary>Values this close (a share of the larger) are the same figure rounded differently.</summary>
    private const double SameValueShare = 0.05;

    /// <summary>What the figure at <paramref name="start"/> of the sentence measures.</summary>
    public static FigureSort SortOf(string sentence, int start, int length)
    {
        var figure = sentence.Substring(start, length);
        if (start > 0 && sentence[start - 1] is '$' or '£' or '€' or '¥')
            return FigureSort.Money;
        if (figure.EndsWith('%') || figure.EndsWith("percent", StringComparison.OrdinalIgnoreCase) || figure.EndsWith("per cent", StringComparison.OrdinalIgnoreCase))
            return FigureSort.Share;
        var after = sentence.AsSpan(start + length);
        if (CurrencyAfter().IsMatch(after))
            return FigureSort.Money;
        if (AnswerEntities.IsDuration(sentence, start, length))
            return FigureSort.Duration;
        if (YearPattern().IsMatch(figure))
            return FigureSort.Year;
        if (MonthAfter().IsMatch(after) || MonthBefore().IsMatch(sentence.AsSpan(0, start)))
            return FigureSort.Date;
        return FigureSort.Count;
    }

    /// <summary>
    /// The figures of a sentence (as lower-cased entity texts) with what each measures and its value when it has one.
    /// </summary>
    public static IReadOnlyList<(FigureSort Sort, double? Value)> Of(string sentence, IReadOnlyList<string> entities)
    {
        var figures = new List<(FigureSort, double?)>(entities.Count);
        foreach (var entity in entities)
        {
            var at = sentence.IndexOf(entity, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
                figures.Add((SortOf(sentence, at, entity.Length), ValueOf(entity)));
        }
        return figures;
    }

    /// <summary>
    /// True when the rival's figures say something else than the best one's: both give a figure of one sort, and no
    /// figure of that sort has (nearly) the same value in both ("£35bn" agrees with "£35 billion" whatever else either
    /// says). Different sorts ("in 2003" against "an eight-year ban") are about different things, not a disagreement.
    /// </summary>
    public static bool Differ(IReadOnlyList<(FigureSort Sort, double? Value)> best, IReadOnlyList<(FigureSort Sort, double? Value)> rival) =>
        rival.Any(r => best.Any(b => b.Sort == r.Sort))
        && !rival.Any(r => best.Any(b => b.Sort == r.Sort && b.Value is { } x && r.Value is { } y && Near(x, y)));

    private static bool Near(double a, double b) => Math.Abs(a - b) <= SameValueShare * Math.Max(Math.Abs(a), Math.Abs(b));

    /// <summary>The value of a figure ("1.06 million" → 1,060,000; "$27.5bn" → 27.5e9; "eleven" → 11), or null.</summary>
    public static double? ValueOf(string figure)
    {
        var text = figure.Trim().ToLowerInvariant();
        if (NumberWords.TryGetValue(text.TrimEnd('s'), out var word))
            return word;
        var match = ValuePattern().Match(text);
        if (!match.Success || !double.TryParse(match.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            return null;
        var scale = (match.Groups["unit"].Value + match.Groups["word"].Value) switch
        {
            "bn" or "billion" => 1e9,
            "m" or "million" => 1e6,
            "k" or "thousand" => 1e3,
            "trillion" => 1e12,
            "hundred" => 1e2,
            _ => 1,
        };
        return value * scale;
    }

    private static readonly Dictionary<string, double> NumberWords = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
        ["fifty"] = 50, ["dozen"] = 12,
    };

    [GeneratedRegex(@"^(?<n>\d[\d,]*(?:\.\d+)?)(?<unit>bn|m|k)?(?:\s*(?<word>million|billion|trillion|thousand|hundred))?")]
    private static partial Regex ValuePattern();

    [GeneratedRegex(@"^\s*(?:(?:bn|m|million|billion)\s+)?(?:[A-Z][a-z]+\s+)?(?:dollars?|euros?|yen|pounds?|francs?|yuan|roubles?|rubles?|rupees?|krona|kronor|kroner|pesos?|won|dinars?|rand)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CurrencyAfter();

    [GeneratedRegex(@"^(?:1[5-9]|20)\d\ds?$")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^(?:st|nd|rd|th)?\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthAfter();

    [GeneratedRegex(@"\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthBefore();
}
