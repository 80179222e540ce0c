namespace NewsBot.Core.Conversations;

/// <summary>
/// The content words of a text: lower-cased, without stopwords, question words or pronouns. Used to carry a previous
/// question's subject into a follow-up and to match an answer sentence with the passage sentence that supports it.
/// </summary>
public static class KeyTerms
{
    /// <summary>Words that point back at an earlier turn ("when did <i>that</i> happen?").</summary>
    public static readonly IReadOnlySet<string> BackReferences = new HashSet<string>(StringComparer.Ordinal)
    {
        "that", "this", "it", "its", "they", "them", "their", "there", "then", "those", "these",
        "he", "him", "his", "she", "her", "hers", "one", "ones", "same", "such",
    };

    private static readonly HashSet<string> Stopwords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "about", "as",
        "into", "over", "after", "before", "between", "during", "than", "so", "if", "not", "no", "yes",
        "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "have", "has", "had",
        "can", "could", "will", "would", "shall", "should", "may", "might", "must",
        "what", "when", "where", "who", "whom", "whose", "which", "why", "how",
        "i", "me", "my", "we", "us", "our", "you", "your", "also", "just", "any", "some", "all", "more", "most",
        "tell", "say", "said", "says", "please", "know", "happen", "happened", "happens", "again", "else", "other",
        "and", "anything", "something", "thing", "things", "get", "got", "according", "report", "reports",
    };

    /// <summary>Content words in order of first appearance, each once.</summary>
    public static IReadOnlyList<string> Of(string text)
    {
        var terms = new List<string>();
        foreach (var word in Words(text))
        {
            if (!Stopwords.Contains(word) && !BackReferences.Contains(word) && !terms.Contains(word))
                terms.Add(word);
        }
        return terms;
    }

    /// <summary>True when the text uses a word that points back at an earlier turn.</summary>
    public static bool RefersBack(string text) => Words(text).Any(BackReferences.Contains);

    /// <summary>A crude stem so "meeting"/"meetings" and "reports"/"report" compare equal; only for overlap scores.</summary>
    public static string Stem(string term) =>
        term.Length > 5 && term.EndsWith("ing", StringComparison.Ordinal) ? term[..^3]
        : term.Length > 4 && term.EndsWith("ed", StringComparison.Ordinal) ? term[..^2]
        : term.Length > 3 && term.EndsWith('s') && !term.EndsWith("ss", StringComparison.Ordinal) ? term[..^1]
        : term;

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || (start >= 0 && text[i] is '\'' or '’' or '-'));
            if (inWord && start < 0)
                start = i;
            else if (!inWord && start >= 0)
            {
                var word = text[start..i].TrimEnd('\'', '’', '-').ToLowerInvariant();
                if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
                    word = word[..^2];
                if (word.Length > 0)
                    yield return word;
                start = -1;
            }
        }
    }
}
