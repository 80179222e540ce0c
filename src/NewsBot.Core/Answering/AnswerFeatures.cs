using NewsBot.Core.Index;
using NewsBot.Core.Language;

namespace NewsBot.Core.Answering;

/// <summary>
/// The signals that tell the sentence that answers from the one that only repeats the question's topic: key-term
/// coverage weighted by rarity in the index and among the retrieved sentences (topic words every sentence repeats
/// count little), a fact of the asked-for kind near the question's terms, semantic similarity from the sentence
/// encoder, the passage's rank, the sentence's place in the story, its length, hedging, phrase overlap and how
/// tightly it holds the terms. <see cref="AnswerModel"/> turns them into the probability that the sentence answers.
/// The order of <see cref="Names"/> is the order in the model file: append, never reorder.
/// </summary>
public static class AnswerFeatures
{
    /// <summary>Feature names, in vector order.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "coverage_index", "coverage_local", "all_terms", "missing_rarest", "coverage_gap", "local_gap",
        "entity_near", "entity_any", "kind_other", "entity_time", "entity_number", "entity_name", "entity_place",
        "similarity", "similarity_gap", "similarity_best",
        "passage_rank", "passage_score", "lead", "position", "length", "hedged", "bigrams", "density", "corroborated",
        "coverage_x_entity", "similarity_x_entity", "local_x_similarity",
        "entity_adjacent", "entity_typed", "typed_x_local",
        "absent_terms", "entity_closeness", "question_terms", "person_any", "typed_local_gap",
        "coverage_context", "typed_x_context",
    ];

    /// <summary>Index of <c>entity_any</c>: how many facts of the asked-for kind the sentence holds (0 when none).</summary>
    public const int EntityAny = 7;

    /// <summary>
    /// The word signals' own lead among a question's sentences (key-term coverage by index and local rarity, and a fact
    /// of the asked-for kind beside the terms): which sentences the encoder compares, independent of the trained model.
    /// </summary>
    public static double WordLead(IReadOnlyList<double> values) => values[0] + values[1] + values[29];

    /// <summary>Number of features.</summary>
    public static int Count => Names.Count;

    private static readonly HashSet<string> HedgeWords = new(StringComparer.Ordinal)
    {
        "not", "never", "no", "denied", "denies", "deny", "may", "might", "could", "reportedly", "alleged", "allegedly",
        "unclear", "unconfirmed", "rumoured", "rumored", "possibly", "perhaps", "if", "whether",
    };

    /// <summary>The per-sentence facts the answerer reuses after scoring.</summary>
    public sealed record Row(double[] Values, IReadOnlySet<string> Covered, double Coverage, IReadOnlyList<string> Entities);

    /// <summary>Computes the features of every sentence.</summary>
    /// <param name="question">The analysed question.</param>
    /// <param name="sentences">All sentences of the retrieved passages.</param>
    /// <param name="indexIdf">Each key term's rarity across the whole index (missing terms fall back to local rarity).</param>
    /// <remarks>The encoder's features stay 0; <see cref="AddSimilarities"/> fills them in when similarities are known.</remarks>
    public static IReadOnlyList<Row> Compute(
        QuestionAnalysis question,
        IReadOnlyList<AnswerSentence> sentences,
        IReadOnlyDictionary<string, double>? indexIdf)
    {
        // [1] Tokens and keys of each sentence.
        var tokens = sentences.Select(s => ChatShorthand.ExpandInText(QueryTerms.Tokens(s.Text).Take(QueryTerms.MaxScannedTokens)).ToList()).ToList();
        var keys = tokens.Select(t => t.Select(WordKeys.Of).ToList()).ToList();
        var keySets = keys.Select(k => k.ToHashSet(StringComparer.Ordinal)).ToList();

        // [2] Term weights: index-wide rarity and rarity among these sentences.
        var n = sentences.Count;
        var local = question.KeyTerms.ToDictionary(t => t,
            t => Math.Log(1 + (n + 1) / (keySets.Count(s => s.Contains(t)) + 0.5)), StringComparer.Ordinal);
        var global = question.KeyTerms.ToDictionary(t => t,
            t => indexIdf is not null && indexIdf.TryGetValue(t, out var g) && g > 0 ? g : local[t], StringComparer.Ordinal);
        var totalLocal = Math.Max(local.Values.Sum(), 1e-9);
        var totalGlobal = Math.Max(global.Values.Sum(), 1e-9);
        var rarest = global.Count == 0 ? 1 : global.Values.Max();
        var questionBigrams = Bigrams(question.Tokens);
        var best = sentences.Count == 0 ? 0 : sentences.Max(s => s.Hit.Score);
        // A question term no retrieved sentence holds ("how much did the star cost?" where no sentence says "cost") is
        // the best sign the articles do not answer: the same for every sentence, it moves the decline, not the pick.
        var absent = question.KeyTerms.Where(t => !keySets.Any(k => k.Contains(t))).Sum(t => global[t]) / totalGlobal;
        var termCount = Math.Min(question.KeyTerms.Count, 6) / 6.0;

        // The words a sentence leans on without repeating them: its story's title and the sentence before it ("Halloween
        // writer dies" / "… it made over $60m").
        var titleKeys = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var place = new Dictionary<(string Passage, int Index), int>();
        for (var i = 0; i < n; i++)
            place[(sentences[i].Hit.Passage.Id, sentences[i].Index)] = i;

        // [3] Per-sentence signals.
        var rows = new List<Row>(n);
        for (var i = 0; i < n; i++)
        {
            var sentence = sentences[i];
            var covered = question.KeyTerms.Where(keySets[i].Contains).ToHashSet(StringComparer.Ordinal);
            var coverageIndex = question.KeyTerms.Count == 0 ? 0 : covered.Sum(t => global[t]) / totalGlobal;
            var coverageLocal = question.KeyTerms.Count == 0 ? 0 : covered.Sum(t => local[t]) / totalLocal;
            var missing = question.KeyTerms.Where(t => !covered.Contains(t)).Select(t => global[t]).DefaultIfEmpty(0).Max() / rarest;
            var text = sentence.Text;
            // One scan of the sentence's entities serves every window: near the terms, right beside them, anywhere.
            var entities = AnswerEntities.LocateAll(text, question.Kind, question.QuestionWords, question.KeyTerms);
            var nearSpans = entities.Where(e => e.Distance <= AnswerEntities.Window).ToList();
            var near = nearSpans.Select(e => text.Substring(e.Start, e.Length).ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
            var any = entities.Count;
            var hasNear = near.Count > 0 ? 1.0 : 0.0;
            var adjacent = entities.Where(e => e.Distance <= AdjacentWords).ToList();
            var values = new double[Count];
            values[0] = coverageIndex;
            values[1] = coverageLocal;
            values[2] = question.KeyTerms.Count > 0 && covered.Count == question.KeyTerms.Count ? 1 : 0;
            values[3] = missing;
            values[6] = hasNear;
            values[7] = Math.Min(any, 3) / 3.0;
            values[8] = question.Kind == AnswerKind.Other ? 1 : 0;
            values[9] = question.Kind == AnswerKind.Time ? hasNear : 0;
            values[10] = question.Kind == AnswerKind.Number ? hasNear : 0;
            values[11] = question.Kind is AnswerKind.Name or AnswerKind.Organisation ? hasNear : 0;
            values[12] = question.Kind == AnswerKind.Place ? hasNear : 0;
            values[16] = 1.0 / (1 + sentence.HitRank);
            values[17] = best > 0 ? Math.Max(0, sentence.Hit.Score) / best : 0;
            values[18] = sentence.IsLead ? 1 : 0;
            values[19] = 1.0 / (1 + sentence.Hit.Passage.Ordinal * 6 + sentence.Index);
            values[20] = Math.Log(1 + tokens[i].Count) / 5;
            values[21] = tokens[i].Any(HedgeWords.Contains) || text.Contains("n't", StringComparison.Ordinal) ? 1 : 0;
            values[22] = questionBigrams.Count == 0 ? 0 : questionBigrams.Count(Bigrams(tokens[i]).Contains) / (double)questionBigrams.Count;
            values[23] = Density(keys[i], covered);
            values[28] = adjacent.Count > 0 ? 1 : 0;
            values[29] = question.AsksDuration && entities.Any(e => AnswerEntities.IsDuration(text, e.Start, e.Length))
                ? 1
                : Typed(text, question.Kind, adjacent.Count > 0, nearSpans);
            values[30] = values[29] * coverageLocal;
            values[31] = absent;
            values[32] = entities.Count == 0 || entities.Min(e => e.Distance) == int.MaxValue ? 0 : 1.0 / (1 + entities.Min(e => e.Distance));
            values[33] = termCount;
            values[34] = question.Kind == AnswerKind.Name && entities.Any(e => PersonCues.IsPerson(text, e.Start, e.Length)) ? 1 : 0;
            var passage = sentence.Hit.Passage;
            if (!titleKeys.TryGetValue(passage.Title, out var title))
                titleKeys[passage.Title] = title = QueryTerms.Tokens(passage.Title).Select(WordKeys.Of).ToHashSet(StringComparer.Ordinal);
            var before = place.TryGetValue((passage.Id, sentence.Index - 1), out var previous) ? keySets[previous] : null;
            values[36] = question.KeyTerms.Count == 0 ? 0
                : question.KeyTerms.Where(t => covered.Contains(t) || title.Contains(t) || before?.Contains(t) == true).Sum(t => global[t]) / totalGlobal;
            values[37] = values[29] * values[36];
            rows.Add(new Row(values, covered, coverageIndex, near));
        }

        // [4] Signals relative to the other sentences: how far from the best coverage, and how many other articles
        //     state the same fact.
        if (n == 0)
            return rows;
        var maxIndex = rows.Max(r => r.Values[0]);
        var maxLocal = rows.Max(r => r.Values[1]);
        var maxTyped = rows.Max(r => r.Values[30]);
        for (var i = 0; i < n; i++)
        {
            var v = rows[i].Values;
            v[4] = v[0] - maxIndex;
            v[5] = v[1] - maxLocal;
            v[24] = rows[i].Entities.Count == 0 ? 0 : Math.Min(2, Enumerable.Range(0, n)
                .Where(j => sentences[j].Hit.Passage.ArticleId != sentences[i].Hit.Passage.ArticleId
                    && rows[j].Entities.Count > 0 && rows[j].Values[1] >= 0.5
                    && AnswerEntities.Overlap(rows[i].Entities, rows[j].Entities))
                .Select(j => sentences[j].Hit.Passage.ArticleId)
                .Distinct(StringComparer.Ordinal)
                .Count()) / 2.0;
            v[25] = v[1] * v[6];
            v[35] = v[30] - maxTyped;
        }
        return rows;
    }

    /// <summary>
    /// Fills in the encoder's features (<see cref="EncoderFeatures"/>) of rows from <see cref="Compute"/>: the
    /// question's similarity to each sentence, how far from the most similar one, and its products with coverage and
    /// with a fact near the terms.
    /// </summary>
    public static void AddSimilarities(IReadOnlyList<Row> rows, IReadOnlyList<float> similarities)
    {
        if (rows.Count == 0)
            return;
        var max = similarities.Max();
        for (var i = 0; i < rows.Count; i++)
        {
            var v = rows[i].Values;
            v[13] = similarities[i];
            v[14] = v[13] - max;
            v[15] = v[13] >= max ? 1 : 0;
            v[26] = v[13] * v[6];
            v[27] = v[1] * v[13];
        }
    }

    /// <summary>The features only the sentence encoder gives: 0 without it, and left out of the weights for running without it.</summary>
    public static IReadOnlySet<int> EncoderFeatures { get; } = new HashSet<int> { 13, 14, 15, 26, 27 };

    private const int AdjacentWords = 3;

    // An entity that is surely of the asked-for kind: a person for "who" (a title or a first name), an organisation
    // for "which company" (a capitalised name with a company word), or, for dates, numbers and places (which the
    // patterns already type), one right beside a question term.
    private static double Typed(string text, AnswerKind kind, bool adjacent, IReadOnlyList<(int Start, int Length, int Distance)> near) => kind switch
    {
        AnswerKind.Name => near.Any(e => PersonCues.IsPerson(text, e.Start, e.Length)) ? 1 : 0,
        AnswerKind.Organisation => near.Any(e => !PersonCues.IsPerson(text, e.Start, e.Length)) ? 1 : 0,
        AnswerKind.Other => 0,
        _ => adjacent ? 1 : 0,
    };

    private static HashSet<string> Bigrams(IReadOnlyList<string> tokens)
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!Stopwords.Contains(tokens[i]) || !Stopwords.Contains(tokens[i + 1]))
                pairs.Add(WordKeys.Of(tokens[i]) + " " + WordKeys.Of(tokens[i + 1]));
        }
        return pairs;
    }

    // Covered terms per word of the shortest window holding them all: "X met Y in Delhi" beats a sentence that
    // scatters the same words over forty.
    private static double Density(IReadOnlyList<string> keys, IReadOnlySet<string> covered)
    {
        if (covered.Count < 2)
            return covered.Count;
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        var shortest = int.MaxValue;
        for (var i = 0; i < keys.Count; i++)
        {
            if (!covered.Contains(keys[i]))
                continue;
            last[keys[i]] = i;
            if (last.Count == covered.Count)
                shortest = Math.Min(shortest, i - last.Values.Min() + 1);
        }
        return shortest == int.MaxValue ? 0 : covered.Count / (double)shortest;
    }
}
