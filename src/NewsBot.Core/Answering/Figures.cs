using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Core.Answering;

/// <summary>
/// Figures as news writes them: what each one measures (money, a share, a year, a date, a duration or a plain count)
/// and its value, so that "£35 billion" and "£35bn" (or "$27bn" and "$27.5bn", equal as far as the rounder one says)
/// are one report, not two that differ, and "in 2003" is no other answer to "an eight-year ban".
/// </summary>
internal static partial class Figures
{
    /// <summary>What the figure at <paramref name="start"/> of the sentence measures.</summary>
    public static FigureSort SortOf(string sentence, int start, int length)
    {
        var figure = sentence.Substring(start, length);
        if (HasCurrencySign(sentence, start))
            return FigureSort.Money;
        if (IsShare(figure))
            return FigureSort.Share;
        var after = sentence.AsSpan(start + length);
        if (CurrencyAfter().IsMatch(after))
            return FigureSort.Money;
        if (AnswerEntities.IsDuration(sentence, start, length) || HyphenedUnit().IsMatch(after))
            return FigureSort.Duration;
        if (UnitAfter().IsMatch(after))
            return FigureSort.Measure;
        if (YearPattern().IsMatch(figure))
            return FigureSort.Year;
        if (MonthAfter.IsMatch(after) || MonthBefore.IsMatch(sentence.AsSpan(0, start)))
            return FigureSort.Date;
        return FigureSort.Count;
    }

    /// <summary>A currency sign right before the figure at <paramref name="start"/> ("$9.3bn", "£26m").</summary>
    public static bool HasCurrencySign(string sentence, int start) => start > 0 && sentence[start - 1] is '$' or '£' or '€' or '¥';

    /// <summary>A share: "12.1%", "3 percent", "3 per cent".</summary>
    public static bool IsShare(string figure) =>
        figure.EndsWith('%') || figure.EndsWith("percent", StringComparison.OrdinalIgnoreCase) || figure.EndsWith("per cent", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The figures of a sentence (as lower-cased entity texts) with what each measures and its value when it has one.
    /// </summary>
    public static IReadOnlyList<(FigureSort Sort, double? Value, double Rounding)> Of(string sentence, IReadOnlyList<string> entities)
    {
        var figures = new List<(FigureSort, double?, double)>(entities.Count);
        foreach (var entity in entities)
        {
            var at = WholeWordAt(sentence, entity);
            if (at >= 0)
                figures.Add((SortOf(sentence, at, entity.Length), ValueOf(entity), RoundingOf(entity)));
        }
        return figures;
    }

    // Where the figure stands as a whole word ("one" not inside "money", "10" not inside "2010"), or -1.
    private static int WholeWordAt(string sentence, string figure)
    {
        for (var at = sentence.IndexOf(figure, StringComparison.OrdinalIgnoreCase); at >= 0;
            at = sentence.IndexOf(figure, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + figure.Length;
            if ((at == 0 || !char.IsLetterOrDigit(sentence[at - 1])) && (end == sentence.Length || !char.IsLetterOrDigit(sentence[end])))
                return at;
        }
        return -1;
    }

    /// <summary>
    /// True when the rival's figures say something else than the best one's: both give a figure of one sort, and no
    /// figure of that sort has (nearly) the same value in both ("£35bn" agrees with "£35 billion" whatever else either
    /// says). Different sorts ("in 2003" against "an eight-year ban") are about different things, not a disagreement.
    /// </summary>
    public static bool Differ(
        IReadOnlyList<(FigureSort Sort, double? Value, double Rounding)> best, IReadOnlyList<(FigureSort Sort, double? Value, double Rounding)> rival) =>
        rival.Any(r => best.Any(b => b.Sort == r.Sort))
        && !rival.Any(r => best.Any(b => b.Sort == r.Sort && b.Value is { } x && r.Value is { } y && Math.Abs(x - y) <= Math.Max(b.Rounding, r.Rounding)));

    /// <summary>
    /// True when two sentences' dates (entity texts) can both hold of one event because each gives it at another grain:
    /// only a year on one side, only a day of a month or a weekday on the other ("the 2005 mock elections" / "around 5
    /// May"; "starts on 17 January" / "on Sunday"). A relative date ("a year ago", "last July") is never of such a grain,
    /// so "which began in 2014" and "began a year ago" still differ.
    /// </summary>
    public static bool AtOtherGrains(IReadOnlyList<string> best, IReadOnlyList<string> rival)
    {
        var ours = best.Select(GrainOf).ToHashSet();
        var theirs = rival.Select(GrainOf).ToHashSet();
        return ours.Count > 0 && theirs.Count > 0 && !ours.Contains(DateGrain.Other) && !theirs.Contains(DateGrain.Other) && !ours.Overlaps(theirs);
    }

    /// <summary>True for a figure written as a year ("2010", "1990s").</summary>
    public static bool IsYear(string figure) => YearPattern().IsMatch(figure.Trim());

    private enum DateGrain { Year, DayOfMonth, Weekday, Other }

    private static DateGrain GrainOf(string date)
    {
        var text = date.Trim();
        if (YearPattern().IsMatch(text))
            return DateGrain.Year;
        if (Weekday.IsMatch(text))
            return DateGrain.Weekday;
        return DayOfMonth.IsMatch(text) ? DateGrain.DayOfMonth : DateGrain.Other;
    }

    private static readonly Regex Weekday = new($"^(?:{AnswerEntities.WeekdayAlternatives})$", RegexOptions.Compiled | RegexOptions.IgnoreCase);

    // "5 May", "17th January", "October 18": a day of a month, without its year.
    private static readonly Regex DayOfMonth = new(
        $@"^(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{AnswerEntities.MonthAlternatives})|(?:{AnswerEntities.MonthAlternatives})\s+\d{{1,2}}(?:st|nd|rd|th)?)$",
        RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>
    /// How far a figure's true value may lie from what it says: half its last written digit ("$27bn" → $0.5bn, "12.1%" →
    /// 0.05), so "$27bn" and "$27.5bn" agree while "12.1%" and "12.6%", or 355 and 356 seats, do not.
    /// </summary>
    public static double RoundingOf(string figure)
    {
        var match = ValuePattern().Match(figure.Trim().ToLowerInvariant());
        if (!match.Success)
            return 0;
        var number = match.Groups["n"].Value;
        var point = number.IndexOf('.', StringComparison.Ordinal);
        var decimals = point < 0 ? 0 : number.Length - point - 1;
        return 0.5 * Math.Pow(10, -decimals) * Scale(match);
    }

    /// <summary>The value of a figure ("1.06 million" → 1,060,000; "$27.5bn" → 27.5e9; "eleven" → 11), or null.</summary>
    public static double? ValueOf(string figure)
    {
        var text = figure.Trim().ToLowerInvariant();
        if (NumberWords.TryGetValue(text.TrimEnd('s'), out var word))
            return word;
        var match = ValuePattern().Match(text);
        if (!match.Success || !double.TryParse(match.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            return null;
        return value * Scale(match);
    }

    private static double Scale(Match match) => (match.Groups["unit"].Value + match.Groups["word"].Value) switch
    {
        "bn" or "billion" => 1e9,
        "m" or "million" => 1e6,
        "k" or "thousand" => 1e3,
        "trillion" => 1e12,
        "hundred" => 1e2,
        _ => 1,
    };

    private static readonly Dictionary<string, double> NumberWords = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
        ["fifty"] = 50, ["dozen"] = 12,
    };

    [GeneratedRegex(@"^(?<n>\d[\d,]*(?:\.\d+)?)(?<unit>bn|m|k)?(?:\s*(?<word>million|billion|trillion|thousand|hundred))?")]
    private static partial Regex ValuePattern();

    // "an eight-year ban", "a 10-day trip" (but not "the 43-year-old", an age).
    [GeneratedRegex(@"^-(?:years?|months?|weeks?|days?|hours?|minutes?)\b(?!-old)", RegexOptions.IgnoreCase)]
    private static partial Regex HyphenedUnit();

    // "19,800 yen", "86.7bn Swiss francs": a currency's name after the figure, perhaps after its country's adjective.
    [GeneratedRegex(@"^\s*(?:(?:bn|m|million|billion)\s+)?(?:[A-Z][a-z]+\s+)?(?:dollars?|euros?|yen|pounds?|francs?|yuan|roubles?|rubles?|rupees?|krona|kronor|kroner|pesos?|dinars?|rand)\b")]
    private static partial Regex CurrencyAfter();

    [GeneratedRegex("^" + AnswerEntities.YearText + "$")]
    private static partial Regex YearPattern();

    // "220 miles (350 km)", "a 60,000-seater", "50GB", "83.0 °F": a unit of distance, area, size, weight, speed, data or
    // temperature right after the figure ("m" is left out: "£5m" is money and "the 1500m" a race).
    [GeneratedRegex(@"^-?\s*(?:miles?|kilomet(?:re|er)s?|km|metres?|meters?|feet|foot|ft|inches|inch|yards?|acres?|hectares?|square\s+(?:miles?|km|metres?|meters?|feet)|sq\s+(?:km|miles?|ft)|kilo(?:gram)?s?|kg|grams?|tonnes?|tons?|lbs?|mph|km/h|knots?|degrees?|°\s?[CF]?|gb|mb|tb|kb|gigabytes?|megabytes?|terabytes?|gigahertz|ghz|mhz|megapixels?|watts?|kw|mw|litres?|liters?|gallons?|barrels?|seater)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnitAfter();

    // Capitalised, as dates are written ("30 may be killed" is no date), from the month names the date pattern uses.
    private static readonly Regex MonthAfter = new(
        $@"^(?:st|nd|rd|th)?\s+(?:{AnswerEntities.MonthAlternatives}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b", RegexOptions.Compiled);

    private static readonly Regex MonthBefore = new($@"\b(?:{AnswerEntities.MonthAlternatives})\s+$", RegexOptions.Compiled);
}
