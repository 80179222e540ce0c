using NewsBot.Core.Articles;

namespace NewsBot.Core.Passages;

/// <summary>
/// Splits an article into citable passages of whole sentences, roughly <see cref="MinWords"/>–<see cref="MaxWords"/>
/// words, preferring paragraph ends. A single sentence longer than <see cref="MaxWords"/> is a passage of its own;
/// a small trailing remainder joins the passage before it. Each passage's text is exactly
/// <c>article.Text[Start..End]</c>, so quotes taken from it can be checked against the article.
/// </summary>
public static class PassageSplitter
{
    /// <summary>A passage this long may end at a paragraph break.</summary>
    public const int MinWords = 60;

    /// <summary>No passage of several sentences grows beyond this.</summary>
    public const int MaxWords = 180;

    /// <summary>The passages of <paramref name="article"/>, ordinals from 0.</summary>
    public static IReadOnlyList<Passage> Split(Article article)
    {
        var text = article.Text;
        var sentences = SentenceSplitter.Split(text);
        if (sentences.Count == 0)
            return [];

        // [1] Words per sentence, and whether a paragraph break comes before it.
        var words = new int[sentences.Count];
        var paragraphStart = new bool[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            words[i] = CountWords(text, sentences[i].Start, sentences[i].End);
            paragraphStart[i] = i > 0 && HasBlankLine(text, sentences[i - 1].End, sentences[i].Start);
        }

        // [2] Greedy groups: close before MaxWords is exceeded, or at a paragraph break once MinWords is reached.
        var groups = new List<Group>();
        var current = new Group(0, 0, 0);
        for (var i = 0; i < sentences.Count; i++)
        {
            if (current.Words > 0 && (current.Words + words[i] > MaxWords || (paragraphStart[i] && current.Words >= MinWords)))
            {
                groups.Add(current);
                current = new Group(i, i, 0);
            }
            current = current with { End = i + 1, Words = current.Words + words[i] };
        }
        groups.Add(current);

        // [3] A short tail joins the previous passage, or takes sentences from it so neither is tiny.
        if (groups.Count > 1 && groups[^1].Words < MinWords)
            BalanceTail(groups, words);

        // [4] Offsets come straight from the sentence spans, so Text == article.Text[Start..End].
        var passages = new Passage[groups.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            var start = sentences[groups[g].First].Start;
            var end = sentences[groups[g].End - 1].End;
            passages[g] = new Passage(
                Passage.MakeId(article.Id, g), article.Id, g, start, end, text[start..end], article.Title, article.Url, article.Published);
        }
        return passages;
    }

    /// <summary>Whitespace-separated words in <c>text[start..end]</c>.</summary>
    public static int CountWords(string text, int start, int end)
    {
        var count = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var space = char.IsWhiteSpace(text[i]);
            if (!space && !inWord)
                count++;
            inWord = !space;
        }
        return count;
    }

    private static void BalanceTail(List<Group> groups, int[] words)
    {
        var previous = groups[^2];
        var tail = groups[^1];
        if (previous.Words + tail.Words <= MaxWords)
        {
            groups.RemoveAt(groups.Count - 1);
            groups[^1] = previous with { End = tail.End, Words = previous.Words + tail.Words };
            return;
        }
        while (tail.Words < MinWords && previous.End - previous.First > 1)
        {
            var moved = words[previous.End - 1];
            if (previous.Words - moved < MinWords || tail.Words + moved > MaxWords)
                break;
            previous = previous with { End = previous.End - 1, Words = previous.Words - moved };
            tail = tail with { First = tail.First - 1, Words = tail.Words + moved };
        }
        groups[^2] = previous;
        groups[^1] = tail;
    }

    // A blank line between two sentences (only whitespace between two newlines) marks a paragraph break.
    private static bool HasBlankLine(string text, int from, int to)
    {
        var newlines = 0;
        for (var i = from; i < to; i++)
        {
            if (text[i] == '\n' && ++newlines == 2)
                return true;
        }
        return false;
    }

    /// <summary>Sentences [First, End) of the article and their word count.</summary>
    private readonly record struct Group(int First, int End, int Words);
}
