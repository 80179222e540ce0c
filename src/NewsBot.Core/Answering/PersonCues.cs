namespace NewsBot.Core.Answering;

/// <summary>
/// Tells a person's name from other capitalised words ("Geoff Dixon" from "Qantas" or "Australia") for "who"
/// questions: a title or role just before it ("chief executive Geoff Dixon", "Mr Blinken"), or a common first name
/// at its start. Hand-made lists of public, everyday words: English titles and roles, and frequent given names.
/// </summary>
internal static class PersonCues
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "president", "minister",
        "secretary", "chancellor", "king", "queen", "prince", "princess", "pope", "judge", "senator", "governor", "mayor",
        "chairman", "chairwoman", "chair", "chief", "executive", "boss", "head", "director", "manager", "coach", "captain",
        "spokesman", "spokeswoman", "spokesperson", "founder", "owner", "editor", "producer", "presenter", "singer", "actor",
        "actress", "star", "striker", "midfielder", "defender", "goalkeeper", "winger", "player", "champion", "author",
        "writer", "director-general", "analyst", "economist", "lawyer", "solicitor", "leader", "general", "officer",
        "chief executive", "frontman", "guitarist", "drummer", "rapper", "comedian", "artist", "designer", "referee",
    };

    private static readonly HashSet<string> FirstNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "john", "david", "michael", "paul", "peter", "james", "robert", "mark", "richard", "andrew", "steve", "steven",
        "stephen", "tony", "chris", "christopher", "tom", "thomas", "george", "william", "bill", "charles", "simon", "ian",
        "alan", "gary", "martin", "kevin", "brian", "jonathan", "jon", "nick", "nicholas", "matthew", "daniel", "joe",
        "jack", "harry", "sam", "ben", "adam", "alex", "alexander", "graham", "geoff", "jeff", "jeffrey", "gordon", "ken",
        "kenneth", "neil", "roger", "colin", "keith", "malcolm", "derek", "frank", "fred", "henry", "hugh", "jim", "jimmy",
        "larry", "lee", "luke", "patrick", "phil", "philip", "ray", "rob", "ronald", "ron", "ryan", "scott", "sean", "tim",
        "timothy", "victor", "vincent", "wayne", "arsene", "jose", "carlos", "juan", "luis", "marco", "mario", "pierre",
        "jean", "hans", "vladimir", "sergei", "sergey", "mikhail", "boris", "igor", "ahmed", "mohammed", "ali", "hassan",
        "mary", "sarah", "jane", "anne", "ann", "elizabeth", "margaret", "susan", "helen", "kate", "katie", "emma", "claire",
        "laura", "lisa", "karen", "julie", "nicole", "rachel", "rebecca", "sally", "tessa", "paula", "kelly", "jennifer",
        "angela", "diana", "victoria", "ruth", "jo", "joanne", "sophie", "amy", "jessica", "hillary", "condoleezza", "tony",
        "jacques", "gerhard", "silvio", "kofi", "junichiro", "ariel", "mahmoud", "yasser", "hu", "ronnie", "rio", "thierry",
        "jonny", "jason", "lawrence", "roy", "clive", "mick", "keanu", "leonardo", "brad", "tom", "will", "robbie", "elton",
    };

    private static readonly HashSet<string> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        "ceo", "exec", "boss", "chief", "chairman", "chairwoman", "manager", "coach", "captain", "director", "president",
        "leader", "founder", "owner", "head", "winner", "champion", "presenter", "host", "singer", "star", "spokesman",
        "spokeswoman", "minister", "secretary", "executive", "editor", "producer", "author", "writer", "player", "striker",
        "goalkeeper", "keeper", "actor", "actress", "judge", "referee", "chancellor", "mayor", "governor", "senator",
        "frontman", "rapper", "comedian", "designer", "artist", "boxer", "runner", "athlete", "jockey", "driver", "pm",
    };

    /// <summary>True for a word naming a person's role ("ceo", "coach", "minister"): "which coach …" asks for a person.</summary>
    public static bool IsRole(string lowerWord) =>
        Roles.Contains(lowerWord) || (lowerWord.EndsWith('s') && Roles.Contains(lowerWord[..^1]));

    /// <summary>True when the capitalised span at <paramref name="start"/> of <paramref name="sentence"/> reads as a person's name.</summary>
    public static bool IsPerson(string sentence, int start, int length)
    {
        var first = sentence.AsSpan(start, length);
        var space = first.IndexOf(' ');
        var firstWord = (space < 0 ? first : first[..space]).ToString();
        if (space > 0 && FirstNames.Contains(firstWord))
            return true;
        var before = sentence.AsSpan(0, start).TrimEnd();
        var cut = before.LastIndexOfAny(' ', '\n', '(');
        var previous = before[(cut + 1)..].TrimEnd('.').ToString();
        return Titles.Contains(previous) || Titles.Contains(firstWord.TrimEnd('.'));
    }
}
