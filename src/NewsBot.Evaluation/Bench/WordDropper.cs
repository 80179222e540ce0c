using System.Text;

namespace NewsBot.Evaluation.Bench;

/// <summary>
/// The scale corpus's deterministic perturbation: drop every k-th word (starting at <c>phase</c>), keeping the
/// remaining words, spacing and paragraph breaks, so each copy of an article is similar but not identical text.
/// </summary>
internal static class WordDropper
{
    public static string Drop(string text, int k, int phase)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 2);
        var output = new StringBuilder(text.Length);
        var word = 0;
        var i = 0;
        while (i < text.Length)
        {
            // [1] The whitespace before a word, then the word.
            var spaceStart = i;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
                i++;
            var wordStart = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
                i++;
            var space = text.AsSpan(spaceStart, wordStart - spaceStart);
            if (wordStart == i)
            {
                output.Append(space);
                break;
            }

            // [2] A dropped word takes its leading space with it, unless that space breaks a line or paragraph.
            if ((word++ + phase) % k == k - 1)
            {
                if (space.Contains('\n'))
                    output.Append(space);
                continue;
            }
            output.Append(space).Append(text.AsSpan(wordStart, i - wordStart));
        }
        return output.ToString();
    }
}
