using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Answering;
using NewsBot.Core.Index;
using NewsBot.Core.Passages;
using NewsBot.Core.Search;

namespace NewsBot.Core.ChatModels;

/// <summary>
/// Checks a model's answer before anything is shown: keeps only <c>[n]</c> markers that point at passages the model was
/// given and that share content with the claim, removes sentences left without a citation, renumbers the citations
/// 1..n in order of appearance, and quotes for each the passage sentence that best supports it (verbatim in the article).
/// </summary>
public sealed partial class CitationChecker(ILogger<CitationChecker> logger)
{
    /// <summary>The checked reply, or null when no sentence of the answer is supported by a passage it was given.</summary>
    public Reply? Check(string modelText, IReadOnlyList<SearchHit> given)
    {
        var citations = new List<Citation>();
        var numberOf = new Dictionary<int, int>();
        var unknown = new List<string>();
        var kept = new List<string>();
        var removed = 0;

        foreach (var sentence in Sentences(modelText))
        {
            // [1] Each marker supports the words since the previous marker (its claim) within this sentence.
            var rebuilt = new StringBuilder();
            var supported = false;
            var claimStart = 0;
            foreach (Match marker in Marker().Matches(sentence))
            {
                var claim = sentence[claimStart..marker.Index];
                rebuilt.Append(claim.TrimEnd());
                claimStart = marker.Index + marker.Length;
                foreach (var number in Numbers(marker))
                {
                    if (number < 1 || number > given.Count)
                    {
                        unknown.Add($"[{number}]");
                        continue;
                    }
                    // [2] A marker only counts when the passage shares content with the claim.
                    var quote = BestQuote(given[number - 1].Passage, claim, sentence);
                    if (quote is null)
                        continue;
                    if (!numberOf.TryGetValue(number, out var n))
                    {
                        n = numberOf[number] = citations.Count + 1;
                        var passage = given[number - 1].Passage;
                        citations.Add(new Citation(n, passage.ArticleId, passage.Title, passage.Url, passage.Published, passage.Id, quote));
                    }
                    var label = $"[{n}]";
                    if (!rebuilt.ToString().EndsWith(label, StringComparison.Ordinal))
                        rebuilt.Append(rebuilt.Length > 0 && rebuilt[^1] != ']' ? " " : "").Append(label);
                    supported = true;
                }
            }
            rebuilt.Append(sentence[claimStart..]);

            // [3] A sentence without a valid citation is an uncited claim: it goes.
            if (supported)
                kept.Add(rebuilt.ToString().Trim());
            else
                removed++;
        }

        if (unknown.Count > 0)
            ChatModelLog.UnknownCitations(logger, string.Join(' ', unknown));
        if (removed > 0)
            ChatModelLog.UncitedSentences(logger, removed);
        if (kept.Count == 0)
            return null;

        var distinctPassages = citations.Select(c => c.PassageId).Distinct().Count();
        return new Reply(string.Join(' ', kept), Abstained: false, citations)
        {
            SourcesDiffer = distinctPassages > 1 && Disagreement().IsMatch(modelText),
            Note = removed > 0 ? "Sentences of the model's answer that no source supports were left out." : null,
        };
    }

    // Model sentences; a marker written after the full stop ("Delhi. [1]") belongs to the sentence before it.
    private static List<string> Sentences(string text)
    {
        var sentences = new List<string>();
        foreach (var (start, end) in SentenceSplitter.Split(text))
        {
            var sentence = text[start..end];
            var leading = LeadingMarkers().Match(sentence);
            if (leading.Success && sentences.Count > 0)
            {
                sentences[^1] += " " + leading.Value.Trim();
                sentence = sentence[leading.Length..].Trim();
            }
            if (sentence.Length > 0)
                sentences.Add(sentence);
        }
        return sentences;
    }

    private static IEnumerable<int> Numbers(Match marker) =>
        marker.Groups[1].Value.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Select(part => int.TryParse(part, out var n) ? n : -1);

    // The passage sentence sharing the most content words with the claim (counted double) and its sentence; null if none.
    private static string? BestQuote(Passage passage, string claim, string sentence)
    {
        var claimTerms = Terms(claim);
        var sentenceTerms = Terms(sentence);
        string? best = null;
        var bestScore = 0;
        foreach (var (start, end) in SentenceSplitter.Split(passage.Text))
        {
            var candidate = passage.Text[start..end];
            var terms = Terms(candidate);
            var score = 2 * claimTerms.Count(terms.Contains) + sentenceTerms.Count(terms.Contains);
            if (score > bestScore)
                (best, bestScore) = (candidate, score);
        }
        return best;
    }

    private static HashSet<string> Terms(string text) =>
        [.. Conversations.KeyTerms.Of(Marker().Replace(text, " ")).Select(Conversations.KeyTerms.Stem)];

    [GeneratedRegex(@"\[(\d+(?:\s*[,;]\s*\d+)*)\]")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^(\s*\[\d+(?:\s*[,;]\s*\d+)*\])+")]
    private static partial Regex LeadingMarkers();

    [GeneratedRegex(@"\b(sources? differ|sources? disagree|disagree|conflicting|contradict\w*|one report|another report|other report|reports differ)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Disagreement();
}
