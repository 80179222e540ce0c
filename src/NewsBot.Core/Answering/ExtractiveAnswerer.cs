using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Core.Embeddings;
using NewsBot.Core.Index;
using NewsBot.Core.Search;
using NewsBot.Core.Language;

namespace NewsBot.Core.Answering;

/// <summary>
/// Answers without a model: scores every sentence of the retrieved passages with the trained answer model, quotes
/// the one that answers first (with the asked-for fact marked), adds sentences from other articles when they add
/// something, shows both sides (each cited) when two reports of the same event give different facts, and declines
/// when no sentence is likely enough to answer.
/// </summary>
public sealed class ExtractiveAnswerer(
    PassageIndex index, SentenceSimilarity similarity, IOptions<ExtractiveOptions> options, IOptions<AnsweringOptions> answering)
{
    private const int ClosestShown = 3;
    private readonly ExtractiveOptions _options = options.Value;
    private readonly AnswerModel _model = options.Value.ModelPath is { Length: > 0 } path ? AnswerModel.Load(path) : AnswerModel.Shipped;

    /// <summary>An answerer outside dependency injection: default settings unless given, no sentence encoder unless given.</summary>
    public static ExtractiveAnswerer Create(PassageIndex index, ExtractiveOptions? options = null, SentenceSimilarity? similarity = null) =>
        new(index, similarity ?? SentenceSimilarity.Off, Options.Create(options ?? new ExtractiveOptions()), Options.Create(new AnsweringOptions()));

    /// <summary>The model the answerer scores with.</summary>
    public AnswerModel Model => _model;

    /// <summary>A cited answer or an explicit not-found naming the closest articles.</summary>
    public async Task<Reply> AnswerAsync(string question, IReadOnlyList<SearchHit> hits, CancellationToken cancellationToken = default)
    {
        // [0] A question that asks two things ("which sold for more, A or B?") gets one cited sentence per part.
        if (QuestionParts.Of(question) is { Count: >= 2 } parts && await AnswerPartsAsync(parts, cancellationToken) is { } both)
            return both;

        var (analysis, candidates, threshold) = await ScoreAsync(question, hits, cancellationToken);
        candidates = Promoted(candidates, analysis, threshold);

        // [0b] "wpp vs nestle revenue": the best sentence of each of the two stories, when each holds what the other lacks.
        if (QuestionParts.MayAskTwoThings(question) && TwoStories(candidates, threshold) is { } stories)
            return AnswerComposer.Compose([.. stories.Select(c => (c, analysis))], differ: false);

        // [1] Decline unless the best sentence is likely enough to answer.
        var likely = candidates.Count > 0 && candidates[0].Score >= SureAnswer.Floor(candidates[0], analysis, threshold) && candidates[0].Coverage >= _options.MinCoverage;

        // [1b] "why did their conversation last two hours": unless the answer states the question's figure, the figure is
        //      asked for ("how long did their conversation last"), and another one the articles give answers, cited.
        if (FalsePremise.Restated(question) is { } premise
            && !(likely && candidates[0].Text.Contains(premise.Figure, StringComparison.OrdinalIgnoreCase))
            && await AnswerAsync(premise.Question, hits, cancellationToken) is { Abstained: false } corrected
            && !corrected.Citations.Any(c => c.Quote.Contains(premise.Figure, StringComparison.OrdinalIgnoreCase)))
            return corrected;
        if (!likely)
            return NotFound(question, hits);

        // [2] The best sentence, then a report of the same event that disagrees, or sentences that add something.
        var best = candidates[0];
        var (anchor, conflict) = await DisagreementAsync(best, candidates, analysis, threshold, cancellationToken);
        var chosen = conflict is null ? WithSupport(best, candidates, analysis, threshold) : [anchor, conflict];
        return AnswerComposer.Compose([.. chosen.Select(c => (c, analysis))], conflict is not null);
    }

    // A report of the same event that gives another fact; with the encoder, only when the words around the two facts
    // say much the same thing ("the war began a year ago", "the war, which began in 2014"), not two facts about
    // different things ("received 12 nominations", "won five awards").
    // The best sentence against the other reports; failing that, another article's sentence that agrees with it (same
    // fact) against the rest: the Mumbai report also mentions Delhi, so "the meeting in Delhi" from it may come first,
    // while the disagreement is between the New Delhi report and the Mumbai one.
    private async Task<(CandidateSentence Anchor, CandidateSentence? Rival)> DisagreementAsync(
        CandidateSentence best, IReadOnlyList<CandidateSentence> candidates, QuestionAnalysis analysis, double threshold, CancellationToken cancellationToken)
    {
        if (await ConflictAsync(best, candidates, analysis, threshold, cancellationToken) is { } rival)
            return (best, rival);
        var agreeing = candidates.Skip(1).Take(AgreeingLooked)
            .Where(c => c.ArticleId != best.ArticleId && c.Entities.Count > 0 && best.Entities.Count > 0 && AnswerEntities.Overlap(best.Entities, c.Entities))
            .Take(1);
        foreach (var anchor in agreeing)
        {
            if (await ConflictAsync(anchor, candidates, analysis, threshold, cancellationToken, ratioOf: best) is { } other)
                return (anchor, other);
        }
        return (best, null);
    }

    private const int AgreeingLooked = 4;

    private async Task<CandidateSentence?> ConflictAsync(
        CandidateSentence best, IReadOnlyList<CandidateSentence> candidates, QuestionAnalysis analysis, double threshold, CancellationToken cancellationToken,
        CandidateSentence? ratioOf = null)
    {
        foreach (var (rival, sameStatement, sharesWhatHappened) in ConflictFinder.Rivals(best, candidates, analysis, threshold, _options.ConflictRatio)
            // Checked against an agreeing report, a rival must contradict the best sentence too: a value the best
            // sentence itself states ("bought Yugansk for $9.3bn … to part settle a $27.5bn tax claim") is no other answer.
            .Where(r => ratioOf is null || !AnswerEntities.Overlap(r.Rival.Entities, [ratioOf.Text]) && r.Rival.Score >= _options.ConflictRatio * ratioOf.Score)
            .Take(3))
        {
            // Both facts right beside the same verb or noun of the question ("which began in 2014", "the war began a year
            // ago"): the same statement with another value, however the rest of the sentences differ.
            if (sameStatement)
                return rival;
            // Two sentences that share only names ("Nissan", "Renault") may say anything about them.
            if (!sharesWhatHappened)
                continue;
            // The whole sentences first; the words before the facts only when those differ (one encoder call fewer).
            var sentences = await similarity.SimilaritiesAsync(best.Text, [rival.Text], cancellationToken);
            // Without the encoder, only a rival holding every question term the best sentence holds (or its story, for
            // a name) says the same thing.
            if (sentences is null)
            {
                if (ConflictFinder.HoldsTheTermsOf(rival, best))
                    return rival;
                continue;
            }
            if (sentences[0] >= _options.ConflictSimilarity)
                return rival;
            var contexts = await similarity.SimilaritiesAsync(AnswerContext(best, analysis), [AnswerContext(rival, analysis)], cancellationToken);
            if (contexts is null || contexts[0] >= _options.ConflictSimilarity)
                return rival;
        }
        return null;
    }

    // The words leading up to the sentence's first fact of the asked-for kind (without the fact, which differs by design).
    private static string AnswerContext(CandidateSentence sentence, QuestionAnalysis analysis)
    {
        var facts = AnswerEntities.Locate(sentence.Text, analysis.Kind, analysis.QuestionWords, analysis.KeyTerms, AnswerEntities.Window);
        if (facts.Count == 0)
            return sentence.Text;
        var (start, length) = facts[0];
        var from = start;
        for (var words = 0; from > 0 && words < ContextWords; words++)
            from = sentence.Text.LastIndexOf(' ', Math.Max(0, from - 2)) + 1;
        return sentence.Text[from..start];
    }

    private const int ContextWords = 8;

    // The best sentence of the best story and of the next story whose best sentence covers question terms the first
    // one misses (and the other way round): two stories, each answering its half. Each needs only part of the
    // confidence a whole answer needs, since it covers only part of the question.
    private static CandidateSentence[]? TwoStories(IReadOnlyList<CandidateSentence> candidates, double threshold)
    {
        var floor = threshold * TwoStoryConfidenceShare;
        if (candidates.Count == 0 || candidates[0].Score < floor)
            return null;
        var first = candidates[0];
        var second = candidates.FirstOrDefault(c => c.ArticleId != first.ArticleId && c.Score >= floor
            && c.Covered.Except(first.Covered).Any() && first.Covered.Except(c.Covered).Any());
        return second is null ? null : [first, second];
    }

    private const double TwoStoryConfidenceShare = 0.4;

    private const double RunnerUpShare = 0.5;

    // A part of a comparison needs half the probability a whole answer needs, once another part is sure: the asker names
    // both stories, a part declined fails the whole question, and the likeliest sentence, cited, is the better reply.
    private const double PartFloorShare = 0.5;
    private static readonly int TypedFeature = AnswerFeatures.Names.ToList().IndexOf("entity_typed");

    // Each part answered from its own retrieval, a different sentence (and article, when one answers) for each, by the
    // rules a one-part question is declined by, with half the floor (PartFloorShare); null when no part finds an answer
    // that clears the whole floor, so the whole question is answered as one. A part without an answer is named as such
    // after the others.
    private async Task<Reply?> AnswerPartsAsync(IReadOnlyList<string> parts, CancellationToken cancellationToken)
    {
        var chosen = new List<(CandidateSentence Sentence, QuestionAnalysis Analysis)>();
        var unanswered = new List<string>();
        var sure = false;
        foreach (var part in parts)
        {
            var hits = index.SearchForAnswer(part, answering.Value.TopK, answering.Value.MaxPassagesPerArticle);
            var (analysis, candidates, threshold) = await ScoreAsync(part, hits, cancellationToken);
            var likely = Promoted(candidates, analysis, threshold)
                .Where(c => c.Score >= PartFloorShare * SureAnswer.Floor(c, analysis, threshold) && c.Coverage >= _options.MinCoverage && chosen.All(x => x.Sentence.Text != c.Text))
                .ToList();
            var pick = likely.FirstOrDefault(c => chosen.All(x => x.Sentence.ArticleId != c.ArticleId)) ?? likely.FirstOrDefault();
            if (pick is null)
                unanswered.Add(part);
            else
                chosen.Add((pick, analysis));
            sure |= pick is not null && pick.Score >= SureAnswer.Floor(pick, analysis, threshold);
        }
        if (!sure)
            return null;
        var reply = AnswerComposer.Compose(chosen, differ: false);
        return unanswered.Count == 0
            ? reply
            : reply with { Answer = reply.Answer + " The articles I know don't say " + string.Join(" or ", unanswered.Select(p => "\u201C" + p + "\u201D")) + "." };
    }

    /// <summary>
    /// The hits in the answer model's order: the passage holding the likeliest answer sentence first (for a chat model,
    /// which reads the first passages most closely and gets only as many as its prompt budget holds); hits without a
    /// scored sentence keep their retrieval order after the others.
    /// </summary>
    public async Task<IReadOnlyList<SearchHit>> OrderByAnswerAsync(string question, IReadOnlyList<SearchHit> hits, CancellationToken cancellationToken = default)
    {
        var (_, candidates, _) = await ScoreAsync(question, hits, cancellationToken);
        var place = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < candidates.Count; i++)
            place.TryAdd(candidates[i].Hit.Passage.Id, i);
        return [.. hits.Select((hit, i) => (hit, i))
            .OrderBy(x => place.GetValueOrDefault(x.hit.Passage.Id, int.MaxValue))
            .ThenBy(x => x.i)
            .Select(x => x.hit)];
    }

    /// <summary>The same, for callers that cannot await (blocks while the sentence encoder runs).</summary>
    public Reply Answer(string question, IReadOnlyList<SearchHit> hits) => AnswerAsync(question, hits).GetAwaiter().GetResult();

    /// <summary>Every sentence of the hits scored, best first, with the decline threshold in force (for evaluation and training).</summary>
    public async Task<(QuestionAnalysis Analysis, IReadOnlyList<CandidateSentence> Candidates, double Threshold)> ScoreAsync(
        string question, IReadOnlyList<SearchHit> hits, CancellationToken cancellationToken = default)
    {
        // Features once; the encoder compares the sentences the word signals put first, and the model ranks them all.
        var analysis = QuestionAnalysis.Of(question);
        var sentences = AnswerSentence.Of(hits);
        if (sentences.Count == 0 || analysis.KeyTerms.Count == 0)
            return (analysis, [], _options.MinConfidence ?? _model.For(false).Threshold);
        var rows = AnswerFeatures.Compute(analysis, sentences, IndexIdf(analysis));
        var similarities = await SimilaritiesAsync(question, sentences, rows, cancellationToken);
        if (similarities is not null)
            AnswerFeatures.AddSimilarities(rows, similarities);
        var candidates = SentenceScorer.Rank(analysis, sentences, rows, _model, withSimilarity: similarities is not null);
        var threshold = _options.MinConfidence ?? _model.For(similarities is not null).Threshold;
        return (analysis, candidates, threshold);
    }

    // The encoder costs some 6 ms a sentence not seen before, so only the sentences the word signals put first are
    // encoded; the rest get the lowest similarity found, which keeps them below those encoded. The choice is a fixed
    // function of the features (coverage by index and local rarity plus a typed fact beside the terms, then passage
    // rank), not of the model: training sees the same encoded sentences whatever model is shipped, so
    // `train-answerer` gives the same file from the same data.
    private async Task<float[]?> SimilaritiesAsync(
        string question, IReadOnlyList<AnswerSentence> sentences, IReadOnlyList<AnswerFeatures.Row> rows, CancellationToken cancellationToken)
    {
        if (sentences.Count == 0 || !similarity.Enabled)
            return null;
        var encoded = sentences.Select((s, i) => (s, i))
            .OrderByDescending(x => AnswerFeatures.WordLead(rows[x.i].Values))
            .ThenBy(x => x.s.HitRank)
            .ThenBy(x => x.s.Start)
            .Take(Math.Max(1, _options.EncodedSentences))
            .ToList();
        var values = await similarity.SimilaritiesAsync(question, [.. encoded.Select(x => x.s.Text)], cancellationToken);
        if (values is null || values.Length == 0)
            return null;
        var all = Enumerable.Repeat(values.Min(), sentences.Count).ToArray();
        for (var j = 0; j < encoded.Count; j++)
            all[encoded[j].i] = values[j];
        return all;
    }

    // Key term → its rarity across the whole index.
    private Dictionary<string, double> IndexIdf(QuestionAnalysis analysis)
    {
        var idf = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var word in analysis.Tokens.Distinct(StringComparer.Ordinal))
        {
            var key = WordKeys.Of(word);
            if (analysis.KeyTerms.Contains(key))
                idf[key] = Math.Max(idf.GetValueOrDefault(key), index.Idf(word));
        }
        return idf;
    }

    // Further sentences (other articles first) that cover key terms the chosen ones miss, or that name the
    // same answer more fully; never a sentence already quoted, never one the model thinks unlikely.
    private List<CandidateSentence> WithSupport(CandidateSentence best, IReadOnlyList<CandidateSentence> candidates, QuestionAnalysis analysis, double threshold)
    {
        var chosen = new List<CandidateSentence> { best };
        // One of the next two in the ranker's order names another fact of the asked-for kind beside the terms: the
        // ranker's second choice is often the answer ("St Fintian's High School says …" after "a Dublin school
        // complained"), and showing it costs a sentence. Like the exact date below, it may hold less than half the best
        // one's probability, which other added sentences may not. "Another fact" is one the best sentence does not state,
        // though both may share another ("its 2004 dividend … by 27%" beside "its 2004 dividend … to 70 euro cents").
        bool OtherFact(CandidateSentence candidate) => IndexOf(candidates, candidate) <= RunnersUpLooked && analysis.Kind != AnswerKind.Other
            && candidate.Entities.Count > 0 && candidate.Score >= RunnerUpFactShare * best.Score
            && candidate.Entities.Any(e => !AnswerEntities.Overlap(best.Entities, [e]))
            // "BT chief executive Ben Verwaayen" names another body's chief, no other answer to "who's france telecom's ceo".
            && !ConflictFinder.RoleOfAnother(candidate.Text, analysis);

        // "who died last July" answers "when" vaguely; a likely report of the same date with its day ("death on 1 July")
        // says it exactly.
        bool ExactDate(CandidateSentence candidate) => analysis.Kind == AnswerKind.Time
            && candidate.Score >= threshold && candidate.Score >= RunnerUpFactShare * best.Score
            && best.Entities.Count > 0 && !best.Entities.Any(HasDigit)
            && candidate.Entities.Any(HasDigit) && AnswerEntities.Overlap(best.Entities, candidate.Entities);

        var max = Math.Clamp(_options.MaxSentences, 1, 3);
        var eligible = candidates.Skip(1)
            .Where(c => c.Score >= best.Score / 2 || ExactDate(c) || OtherFact(c))
            .OrderBy(c => c.ArticleId == best.ArticleId ? 1 : 0)
            .ThenByDescending(c => c.Score);
        foreach (var candidate in eligible)
        {
            if (chosen.Count == max)
                break;
            if (chosen.Any(c => c.Text == candidate.Text))
                continue;
            var newTerms = candidate.Score >= threshold && candidate.Covered.Except(chosen.SelectMany(c => c.Covered)).Any();
            // The best sentence lacks a fact of the asked-for kind and a close runner-up has one: show it too.
            var holdsWhatBestLacks = candidate.Score >= RunnerUpShare * best.Score
                && candidate.Features[TypedFeature] > 0 && best.Features[TypedFeature] == 0;
            var newEntities = analysis.Kind != AnswerKind.Other
                && candidate.Score >= threshold
                && candidate.Score >= _options.SupportRatio * best.Score
                && candidate.Entities.Count > 0
                && chosen.All(c => c.Entities.Count > 0 && AnswerEntities.Overlap(c.Entities, candidate.Entities))
                && candidate.Entities.Except(chosen.SelectMany(c => c.Entities)).Any();
            if (newTerms || newEntities || holdsWhatBestLacks || OtherFact(candidate) || ExactDate(candidate))
                chosen.Add(candidate);
        }
        return chosen;
    }

    private static bool HasDigit(string fact) => fact.Any(char.IsAsciiDigit);

    private const int RunnersUpLooked = 2;

    // A runner-up with another fact is shown from 0.15 of the best sentence's probability (0.25 before stop 27: dev sums
    // 409 → 417, the answer more often among the cited sentences; answered replies cite 1.90 sentences on average
    // instead of 1.73 on the newest dev set; 0.05 gave 418).
    private const double RunnerUpFactShare = 0.15;

    // The ranker orders and the logistic probability declines, and the two can disagree: when the ranker's pick is
    // unlikely but one of the next two is likely (above its own floor: a sure answer needs less), and for a name, date,
    // number or place holds one beside the terms (for "how long", a duration anywhere), that one answers first instead
    // of a decline ("… Blue Nude which has been given an estimate of £1.8m"; "the conversation in Delhi … was over in
    // less than 10 minutes").
    private static IReadOnlyList<CandidateSentence> Promoted(IReadOnlyList<CandidateSentence> candidates, QuestionAnalysis analysis, double threshold)
    {
        if (candidates.Count < 2 || candidates[0].Score >= SureAnswer.Floor(candidates[0], analysis, threshold))
            return candidates;
        var likely = candidates.Take(RunnersUpLooked + 1).Skip(1).Where(c => c.Score >= SureAnswer.Floor(c, analysis, threshold)).MaxBy(c => c.Score);
        if (likely is null || (analysis.Kind != AnswerKind.Other && likely.Entities.Count == 0 && likely.Features[TypedFeature] == 0))
            return candidates;
        return [likely, .. candidates.Where(c => !ReferenceEquals(c, likely))];
    }

    private static int IndexOf(IReadOnlyList<CandidateSentence> candidates, CandidateSentence candidate)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            if (ReferenceEquals(candidates[i], candidate))
                return i;
        }
        return -1;
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
