namespace NewsBot.Core.Language;

/// <summary>
/// Words a news question and the sentence that answers it use for one another ("when did the war start?" — "the war
/// began in 2014"; "how long did they talk?" — "the conversation was over in less than 10 minutes"). Used by the
/// answerer to match a question's terms in a sentence, never by retrieval (which would widen every search). Kept to
/// words that stay interchangeable in news whatever the story: "head" (a boss, a body part, a verb) or "fire" (a
/// dismissal, a blaze) are left out.
/// </summary>
internal static class RelatedWords
{
    private static readonly string[] Groups =
    [
        "begin start commence", "talk conversation discussion", "meet encounter", "buy purchase acquire acquisition buyer",
        "die died dies dying death", "film movie movies",
        "quit resign resignation", "win victory winner", "sell sale seller", "price cost",
        "rise increase", "fall drop", "award prize", "jail prison", "firm company", "boss chief", "profit earnings",
        "cut reduce", "hire appoint", "sack dismiss", "big large", "biggest largest", "replace succeed successor",
        "sue suit lawsuit", "close closure shut", "expire expiry",
        // The doer beside the deed: "who directed the 3rd harry potter" — "Harry Potter director Alfonso Cuaron".
        "direct director", "produce producer", "write writer author", "own owner", "found founder", "manage manager",
        "sing singer", "lead leader", "invent inventor", "design designer", "create creator", "kill killer",
        "chair chairman chairwoman",
    ];

    /// <summary>The words of every group, each with the first word of its group.</summary>
    public static IEnumerable<(string Word, string Group)> Pairs =>
        Groups.SelectMany(g => g.Split(' ').Select(w => (w, g.Split(' ')[0])));
}
