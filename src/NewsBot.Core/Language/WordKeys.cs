namespace NewsBot.Core.Language;

/// <summary>
/// A word's matching key: irregular forms joined to their base ("met" → "meet"), then a light suffix strip
/// ("meetings" → "meet"), so a question term finds its inflections in a sentence; words news uses for one another
/// share a key ("started", "began" → "begin"; <see cref="RelatedWords"/>).
/// </summary>
public static class WordKeys
{
    // Declared before Related, which is built with Stripped.
    private static readonly Dictionary<string, string> ShortIngForms = new(StringComparer.Ordinal)
    {
        ["going"] = "go", ["doing"] = "do", ["being"] = "be", ["dying"] = "die", ["lying"] = "lie", ["suing"] = "sue",
    };

    // Built from the stripped forms, so every inflection of a group's words finds the group ("conversations", "purchased").
    private static readonly Dictionary<string, string> Related = RelatedWords.Pairs
        .Select(p => (Key: Stripped(p.Word), Group: Stripped(p.Group)))
        .Where(p => p.Key != p.Group)
        .DistinctBy(p => p.Key)
        .ToDictionary(p => p.Key, p => p.Group, StringComparer.Ordinal);

    /// <summary>The key of a lower-cased word.</summary>
    public static string Of(string lowerWord)
    {
        var word = Stripped(lowerWord);
        return Related.GetValueOrDefault(word, word);
    }

    private static string Stripped(string lowerWord)
    {
        // Too short for the "-ing" strip below, which must keep "thing" and "bring".
        if (ShortIngForms.TryGetValue(lowerWord, out var verb))
            return verb;
        var word = IrregularForms.BaseOf(lowerWord);
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
            word = word[..^3] + "y";
        else if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal))
            word = word[..^1];
        if (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal))
            word = Undouble(word[..^3]);
        else if (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal))
            word = Undouble(word[..^2]);
        if (word.Length > 3 && word.EndsWith('e'))
            word = word[..^1];
        return IrregularForms.BaseOf(word);
    }

    /// <summary>
    /// The words news uses for the text's words (<see cref="RelatedWords"/>) that the text does not use itself, in the
    /// groups' order: "how long did they talk" gives conversation, discussion.
    /// </summary>
    public static IReadOnlyList<string> RelatedIn(string text)
    {
        var words = QueryTerms.Tokens(text).ToHashSet(StringComparer.Ordinal);
        var keys = words.Select(Of).ToHashSet(StringComparer.Ordinal);
        return [.. RelatedWords.Pairs.Where(p => keys.Contains(Of(p.Group)) && !words.Contains(p.Word) && !keys.Contains(Stripped(p.Word)))
            .Select(p => p.Word).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The keys of every word in a text.</summary>
    public static IEnumerable<string> InText(string text) => QueryTerms.Tokens(text).Select(Of);

    // "stopped" → "stopp" → "stop"; keeps "ll" and "ss" words ("called" → "call").
    private static string Undouble(string stem) =>
        stem.Length > 2 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z') ? stem[..^1] : stem;
}
