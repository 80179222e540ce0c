namespace NewsBot.Core.Language;

/// <summary>
/// Irregular verb and noun forms the Porter stemmer cannot join ("met" → "meet", "bought" → "buy",
/// "children" → "child"). A query term is expanded to every form of its group.
/// </summary>
internal static class IrregularForms
{
    private static readonly string[] Groups =
    [
        "meet met", "buy bought", "go went gone", "say said", "win won", "take took taken", "give gave given",
        "see saw seen", "make made", "come came", "find found", "tell told", "think thought", "bring brought",
        "leave left", "lose lost", "hold held", "run ran", "begin began begun", "speak spoke spoken",
        "write wrote written", "pay paid", "sell sold", "send sent", "build built", "spend spent",
        "fall fell fallen", "rise rose risen", "grow grew grown", "know knew known", "choose chose chosen",
        "lead led", "fight fought", "teach taught", "catch caught", "seek sought", "stand stood",
        "understand understood", "keep kept", "feel felt", "hear heard", "drive drove driven", "eat ate eaten",
        "get got gotten", "become became", "break broke broken", "steal stole stolen", "shoot shot", "sit sat",
        "sleep slept", "strike struck", "swim swam swum", "throw threw thrown", "wear wore worn", "fly flew flown",
        "draw drew drawn", "forget forgot forgotten", "hide hid hidden", "ride rode ridden", "sing sang sung",
        "sink sank sunk", "bear bore borne born", "shake shook shaken", "wake woke woken", "deal dealt",
        "mean meant", "flee fled", "feed fed", "lend lent", "dig dug", "hang hung", "freeze froze frozen",
        "forbid forbade forbidden", "swear swore sworn", "tear tore torn", "weep wept", "withdraw withdrew withdrawn",
        "overtake overtook overtaken", "undertake undertook undertaken", "forgive forgave forgiven",
        "man men", "woman women", "child children", "person people", "mouse mice", "foot feet", "tooth teeth",
        "goose geese", "crisis crises", "analysis analyses", "thesis theses", "criterion criteria",
        "phenomenon phenomena", "wife wives", "life lives", "knife knives", "leaf leaves", "thief thieves",
    ];

    private static readonly Dictionary<string, string[]> ByForm = Build();

    /// <summary>Every form of the word's group (the word itself first), or just the word.</summary>
    public static IReadOnlyList<string> FormsOf(string lowerWord) =>
        ByForm.TryGetValue(lowerWord, out var forms) ? forms : [lowerWord];

    /// <summary>The group's base form ("met" → "meet"), or the word itself.</summary>
    public static string BaseOf(string lowerWord) =>
        BaseByForm.TryGetValue(lowerWord, out var form) ? form : lowerWord;

    private static readonly Dictionary<string, string> BaseByForm = Groups
        .SelectMany(g => g.Split(' ').Select(f => (Form: f, Base: g.Split(' ')[0])))
        .GroupBy(x => x.Form)
        .ToDictionary(x => x.Key, x => x.First().Base, StringComparer.Ordinal);

    private static Dictionary<string, string[]> Build()
    {
        var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var group in Groups)
        {
            var forms = group.Split(' ');
            foreach (var form in forms)
                map[form] = [form, .. forms.Where(f => f != form)];
        }
        return map;
    }
}
