namespace NewsBot.Core.Language;

/// <summary>
/// Words that carry no topic: function words, pronouns, auxiliaries and question words. They are left out of
/// search queries (so "who did they meet" does not match every passage) and out of answer coverage.
/// </summary>
internal static class Stopwords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        // question words and auxiliaries
        "who", "whom", "whose", "what", "which", "where", "when", "why", "how", "whats", "whos", "whens", "wheres",
        "do", "does", "did", "done", "doing", "is", "are", "was", "were", "be", "been", "being", "am",
        "has", "have", "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        // pronouns and determiners
        "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his", "she", "her",
        "hers", "it", "its", "they", "them", "their", "theirs", "this", "that", "these", "those", "there", "here",
        "a", "an", "the", "some", "any", "each", "every", "all", "both", "either", "neither", "such", "own",
        "other", "another", "same", "many", "much", "more", "most", "few", "less", "least", "several",
        // prepositions and conjunctions
        "of", "in", "on", "at", "to", "from", "by", "for", "with", "without", "about", "into", "onto", "over",
        "under", "than", "then", "so", "and", "or", "but", "nor", "not", "no", "if", "as", "because", "while",
        "though", "although", "also", "too", "very", "just", "only", "up", "down", "out", "off", "again",
        "further", "once", "s", "t", "d", "ll", "m", "re", "ve", "don", "didn", "doesn", "isn", "wasn", "aren",
        "weren", "hasn", "haven", "hadn", "cant", "dont", "didnt", "doesnt", "isnt", "wasnt",
        // question padding
        "tell", "please", "know", "anything", "something", "happen", "happened", "happens",
        // chat padding: "who's the guy suing apple cos …", "whats t-mobile's new thing called", "a vs b"
        "actually", "really", "basically", "exactly", "anyway", "guy", "guys", "thing", "things", "stuff", "gonna", "wanna",
        "gotta", "cos", "coz", "cuz", "tho", "pls", "plz", "btw", "lol", "supposed", "vs", "versus",
    };

    /// <summary>True when a lower-cased word carries no topic.</summary>
    public static bool Contains(string lowerWord) => Words.Contains(lowerWord);
}
