using System.Text.RegularExpressions;

namespace NewsBot.Core.Language;

/// <summary>
/// The names news uses for one country ("the United Kingdom", "Britain", "British", "the UK"), each folded to one word
/// so that two reports naming a country two ways are seen to agree ("Liz Truss has become the United Kingdom's new
/// prime minister" / "… the shortest-serving prime minister in British history"). A gazetteer of the countries news
/// names most, with their adjectives.
/// </summary>
internal static class PlaceAliases
{
    private static readonly string[] Groups =
    [
        "uk|united kingdom|great britain|britain|british|u.k.",
        "usa|united states of america|united states|america|american|americans|u.s.a.|u.s.",
        "russia|russian|russians|russian federation", "china|chinese", "japan|japanese", "india|indian", "ukraine|ukrainian",
        "france|french", "germany|german", "italy|italian", "spain|spanish", "ireland|irish", "scotland|scottish",
        "wales|welsh", "england|english", "australia|australian", "canada|canadian", "brazil|brazilian", "mexico|mexican",
        "netherlands|dutch|holland", "switzerland|swiss", "sweden|swedish", "norway|norwegian", "denmark|danish",
        "poland|polish", "greece|greek", "turkey|turkish", "israel|israeli", "iran|iranian", "iraq|iraqi",
        "pakistan|pakistani", "south africa|south african", "new zealand|new zealander", "argentina|argentine|argentinian",
        "portugal|portuguese", "belgium|belgian", "austria|austrian", "egypt|egyptian", "nigeria|nigerian",
        "south korea|south korean", "north korea|north korean",
    ];

    private static readonly Dictionary<string, string> Canonical = Groups
        .SelectMany(g => g.Split('|').Select(alias => (Alias: alias, Name: g.Split('|')[0])))
        .ToDictionary(p => p.Alias, p => p.Name.Replace(" ", "", StringComparison.Ordinal), StringComparer.OrdinalIgnoreCase);

    /// <summary>The text with every country alias replaced by its group's first name (its spaces dropped).</summary>
    public static string Fold(string text) =>
        text.Length == 0 ? text : AliasPattern.Replace(text, m => Canonical[m.Value]);

    /// <summary>True for a one-word country name or adjective, also plural or possessive ("Germans", "Britain's").</summary>
    public static bool IsCountry(string word)
    {
        var bare = word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase) ? word[..^2] : word;
        return Canonical.ContainsKey(bare) || (bare.Length > 3 && bare.EndsWith('s') && Canonical.ContainsKey(bare[..^1]));
    }

    // Longest aliases first, so "united states of america" is one name, not "united states" and "america"; an alias
    // inside a longer word ("Frenchay", "Americana") is no alias.
    private static readonly Regex AliasPattern = new(
        @"(?<![\w.])(?:" + string.Join('|', Canonical.Keys.OrderByDescending(a => a.Length).ThenBy(a => a, StringComparer.Ordinal).Select(Regex.Escape)) + @")(?!\w)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
