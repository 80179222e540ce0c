using System.Text;
using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Core.Index;

namespace NewsBot.Core.Answering;

/// <summary>
/// Answers without a model: picks the 1–3 sentences that answer best, prefers different articles when
/// they add something, shows both sides (each cited) when sources disagree, and abstains when nothing answers.
/// </summary>
public sealed class ExtractiveAnswerer(PassageIndex index, IOptions<ExtractiveOptions> options)
{
    private const int ClosestShown = 3;
    private readonly ExtractiveOptions _options = options.Value;

    /// <summary>An answerer with the default thresholds.</summary>
    public ExtractiveAnswerer(PassageIndex index)
        : this(index, Options.Create(new ExtractiveOptions()))
    {
    }

    /// <summary>A cited answer or an explicit not-found naming the closest articles.</summary>
    public Reply Answer(string question, IReadOnlyList<SearchHit> hits)
    {
        // [1] What must the answer contain, and which sentences contain it?
        var analysis = QuestionAnalysis.Of(question);
        var candidates = SentenceScorer.Score(analysis, hits, _options.MinCoverage, IndexIdf(question));
        if (candidates.Count == 0 || candidates[0].Coverage < _options.MinCoverage)
            return NotFound(question, hits);

        // [2] The best sentence, then a disagreeing source, or sentences that add something.
        var best = candidates[0];
        var conflict = FindConflict(best, candidates);
        var chosen = conflict is null ? WithSupport(best, candidates, analysis) : [best, conflict];
        return Compose(chosen, conflict is not null);
    }

    // Key term → its rarity across the whole index (the rarest of the question words sharing that key).
    private Dictionary<string, double> IndexIdf(string question)
    {
        var idf = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var word in QueryTerms.KeyTerms(question))
        {
            var key = WordKeys.Of(word);
            idf[key] = Math.Max(idf.GetValueOrDefault(key), index.Idf(word));
        }
        return idf;
    }

    // Another article's sentence that answers as well but names a different place/date/number/name.
    private CandidateSentence? FindConflict(CandidateSentence best, IReadOnlyList<CandidateSentence> candidates)
    {
        if (best.Entities.Count == 0)
            return null;
        return candidates.FirstOrDefault(c =>
            c.ArticleId != best.ArticleId
            && c.Entities.Count > 0
            && c.Coverage >= _options.MinCoverage
            && c.Score >= _options.ConflictRatio * best.Score
            && !AnswerEntities.Overlap(best.Entities, c.Entities)
            // A name the best sentence itself mentions ("talks on Ukraine") is context, not a rival answer.
            && !AnswerEntities.Overlap(c.Entities, [best.Text])
            && !AnswerEntities.Overlap(best.Entities, [c.Text]));
    }

    // Further sentences (other articles first) that cover key terms the chosen ones miss, or that name the
    // same answer more fully; never a sentence already quoted.
    private List<CandidateSentence> WithSupport(CandidateSentence best, IReadOnlyList<CandidateSentence> candidates, QuestionAnalysis analysis)
    {
        var chosen = new List<CandidateSentence> { best };
        var max = Math.Clamp(_options.MaxSentences, 1, 3);
        var eligible = candidates.Skip(1)
            .Where(c => c.Coverage >= _options.MinCoverage / 2)
            .OrderBy(c => c.ArticleId == best.ArticleId ? 1 : 0)
            .ThenByDescending(c => c.Score);
        foreach (var candidate in eligible)
        {
            if (chosen.Count == max)
                break;
            if (chosen.Any(c => c.Text == candidate.Text))
                continue;
            var newTerms = candidate.Covered.Except(chosen.SelectMany(c => c.Covered)).Any()
                && candidate.Score >= best.Score / 2;
            var newEntities = analysis.Kind != AnswerKind.Other
                && candidate.Score >= _options.SupportRatio * best.Score
                && candidate.Entities.Count > 0
                && chosen.All(c => c.Entities.Count > 0 && AnswerEntities.Overlap(c.Entities, candidate.Entities))
                && candidate.Entities.Except(chosen.SelectMany(c => c.Entities)).Any();
            if (newTerms || newEntities)
                chosen.Add(candidate);
        }
        return chosen;
    }

    private static Reply Compose(IReadOnlyList<CandidateSentence> chosen, bool differ)
    {
        var citations = new List<Citation>();
        var answer = new StringBuilder();
        for (var i = 0; i < chosen.Count; i++)
        {
            var sentence = chosen[i];
            var passage = sentence.Hit.Passage;
            var n = i + 1;
            citations.Add(new Citation(n, passage.ArticleId, passage.Title, passage.Url, passage.Published, passage.Id, sentence.Text));
            if (differ && i == 0)
                answer.Append("Reports differ. ");
            else if (differ)
                answer.Append(" Another report says: ");
            else if (i > 0)
                answer.Append(' ');
            answer.Append(sentence.Text).Append(" [").Append(n).Append(']');
        }
        return new Reply(answer.ToString(), false, citations) { SourcesDiffer = differ };
    }

    private Reply NotFound(string question, IReadOnlyList<SearchHit> hits)
    {
        var closest = hits
            .Select(h => h.Passage)
            .DistinctBy(p => p.ArticleId)
            .Take(ClosestShown)
            .Select(p => new ArticleSummary(p.ArticleId, p.Title, p.Published, null, p.Url))
            .ToList();
        if (closest.Count == 0)
            closest = index.ClosestArticles(question, ClosestShown).ToList();
        var answer = closest.Count == 0
            ? "The articles I know don't say."
            : "The articles I know don't say. Closest: " + string.Join("; ", closest.Select(c => c.Title)) + ".";
        return new Reply(answer, true, []) { Closest = closest };
    }
}
