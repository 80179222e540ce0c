namespace NewsBot.Core.Language;

/// <summary>
/// Shorthand people type in a channel ("the fa's new chief exec", "home sec", "last yr", "the 3rd film", "ppl") and the
/// words news writes for it, so the question's terms meet the article's: applied to questions only, never to articles.
/// </summary>
internal static class ChatShorthand
{
    private static readonly Dictionary<string, string[]> Written = new(StringComparer.Ordinal)
    {
        ["exec"] = ["executive"],
        ["execs"] = ["executives"],
        ["ceo"] = ["chief", "executive"],
        ["ceos"] = ["chief", "executives"],
        ["sec"] = ["secretary"],
        ["govt"] = ["government"],
        ["gov"] = ["government"],
        ["yr"] = ["year"],
        ["yrs"] = ["years"],
        ["ppl"] = ["people"],
        ["mgr"] = ["manager"],
        ["dept"] = ["department"],
        ["intl"] = ["international"],
        ["natl"] = ["national"],
        ["mins"] = ["minutes"],
        ["approx"] = ["approximately"],
        ["biz"] = ["business"],
        ["pics"] = ["pictures"],
        ["abt"] = ["about"],
        ["b4"] = ["before"],
        ["thru"] = ["through"],
        ["1st"] = ["first"],
        ["2nd"] = ["second"],
        ["3rd"] = ["third"],
        ["4th"] = ["fourth"],
        ["5th"] = ["fifth"],
        ["aus"] = ["australian"],
        ["champs"] = ["championships"],
        ["ref"] = ["referee"],
        ["reffed"] = ["refereed"],
        ["mum"] = ["mother"],
        ["mom"] = ["mother"],
        ["dad"] = ["father"],
        ["bday"] = ["birthday"],
        ["q1"] = ["first", "quarter"],
        ["q2"] = ["second", "quarter"],
        ["q3"] = ["third", "quarter"],
        ["q4"] = ["fourth", "quarter"],
    };

    /// <summary>The question's lower-cased tokens with each shorthand replaced by the words it stands for.</summary>
    public static IEnumerable<string> Expand(IEnumerable<string> tokens) =>
        tokens.SelectMany(token => Written.TryGetValue(token, out var words) ? words : [token]);

    // The shorthand news itself writes, and means one thing by wherever it stands: "Tesla CEO Elon Musk".
    private static readonly HashSet<string> WrittenInNews = new(StringComparer.Ordinal) { "ceo", "ceos" };

    /// <summary>
    /// A sentence's lower-cased tokens with the shorthand news writes too ("CEO") written out as a question's is, so that
    /// "who is lego's ceo" (asked as "chief executive") meets "CEO Niels B. Christiansen".
    /// </summary>
    public static IEnumerable<string> ExpandInText(IEnumerable<string> tokens) =>
        tokens.SelectMany(token => WrittenInNews.Contains(token) ? Written[token] : [token]);
}
