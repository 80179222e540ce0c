using System.Text.RegularExpressions;

namespace NewsBot.Core.Answering;

/// <summary>
/// A "why" question that states a figure, a date or, last, a place ("why did their conversation last two hours", "why was
/// new start signed in 2015", "why did federated only pay $6bn for may", "why did blinken and lavrov meet in washington")
/// asked again for it ("how long did their conversation last", "where did blinken and lavrov meet"): when the articles
/// give another one, the sentence that states it answers, cited, instead of a decline or an explanation of something
/// that did not happen.
/// </summary>
public static partial class FalsePremise
{
    /// <summary>The question asked for its own figure, and the figure as the question states it; null when it states none.</summary>
    public static (string Question, string Figure)? Restated(string question)
    {
        if (question.Length > MaxLength || Why().Match(question) is not { Success: true } why)
            return null;
        var rest = why.Groups["rest"].Value;
        foreach (var (pattern, asks) in Asked)
        {
            var figure = pattern.Match(rest);
            if (!figure.Success)
                continue;
            var without = (rest[..figure.Index] + " " + rest[(figure.Index + figure.Length)..]).Trim().TrimEnd('?', '!', '.', ' ');
            var words = Regex.Replace(without, @"\s+", " ");
            return words.Length == 0 ? null : ($"{asks} {words}", figure.Groups["figure"].Value);
        }
        return null;
    }

    private const int MaxLength = 300;

    // In this order: "10 yrs" is how long before it is a count, "$6bn" how much before a count of 6.
    private static readonly (Regex Pattern, string Asks)[] Asked =
    [
        (Duration(), "how long"),
        (Amount(), "how much"),
        (Date(), "when"),
        (Count(), "how many"),
        (Place(), "where"),
    ];

    [GeneratedRegex(@"^\s*why(?:'s|s|\s+(?=\w))\s*(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Why();

    [GeneratedRegex(@"(?:\b(?:for|in|over|after)\s+)?(?<figure>\b(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    [GeneratedRegex(@"(?:\b(?:for|to|by|of|at|over)\s+)?(?<figure>[$£€]\s?\d+(?:[.,]\d+)*\s?(?:bn|m|k|billion|million|thousand)?\b|\b\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)|\b\d+(?:\.\d+)?\s?(?:bn|m)\s+(?:euros?|dollars?|pounds?)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Amount();

    [GeneratedRegex(@"(?:\b(?:in|on|since|by|until)\s+)?(?<figure>\b(?:(?:\d{1,2}\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{1,2})?(?:\s+(?:1[5-9]|20)\d{2})?|(?:1[5-9]|20)\d{2})\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Date();

    [GeneratedRegex(@"(?<figure>(?<![\d.,])\d+(?:,\d{3})*(?![\d.,]))")]
    private static partial Regex Count();

    // The question's last words, "in" or "at" and a word that names a place ("meet in washington"), or two when the
    // first is the start of a place name ("in new orleans"; not "the talks in delhi fail"). Lower-case chat gives no
    // capitals, so the phrases that say how or in what state ("in protest", "at home", "in court", "in the end") are
    // left out by their first word.
    [GeneratedRegex(@"\b(?:in|at)\s+(?<figure>(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|all|least|last|first|once|full|part|protest|public|private|time|total|fact|order|person|power|office|charge|future|return|response|advance|vain|line|place|trouble|home|court|hospital|school|work|play|bed|jail|prison|custody|secret|general|particular|practice|principle|theory|favour|favor|support|danger|debt|doubt|case|turn|addition|effect|length|detail|tears|shock|anger|silence|pain|earnest|style|form|opposition|tandem|unison|common|question|force)\b)(?:(?:new|san|santa|los|las|st|saint|hong|south|north|east|west|port|fort|sri|buenos|rio|abu|tel|kuala|cape|costa|puerto|addis|great)\s+)?[a-z][a-z'.-]+)\s*[?!.]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Place();
}
