using System.Reflection;
using System.Text.Json;

namespace NewsBot.Core.Answering;

/// <summary>
/// The trained answer-sentence model: a logistic model over <see cref="AnswerFeatures"/>, one weight set for when the
/// sentence encoder runs and one for when it does not, each with the decline threshold chosen on held-out data.
/// Trained by <c>newsbot eval train-answerer</c> (deterministic) and shipped as <c>answer-model.json</c> inside Core.
/// </summary>
public sealed class AnswerModel
{
    private const string ResourceName = "NewsBot.Core.Answering.answer-model.json";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private AnswerModel(AnswerModelFile file) => File = file;

    /// <summary>The model as stored.</summary>
    public AnswerModelFile File { get; }

    /// <summary>The model shipped inside Core.</summary>
    public static AnswerModel Shipped { get; } = LoadShipped();

    /// <summary>The weights for a run with or without sentence similarity.</summary>
    public AnswerWeights For(bool withSimilarity) => withSimilarity ? File.WithSimilarity : File.WithoutSimilarity;

    /// <summary>Probability (0–1) that a sentence with these features answers the question.</summary>
    public double Probability(IReadOnlyList<double> features, bool withSimilarity) => For(withSimilarity).Probability(features);

    /// <summary>Reads a model file; names the problem when it does not fit this build's features.</summary>
    public static AnswerModel Load(Stream stream, string source)
    {
        var file = JsonSerializer.Deserialize<AnswerModelFile>(stream, Json)
            ?? throw new InvalidDataException($"{source}: empty answer model.");
        // Features are only ever appended: a file from before some were added weighs them 0.
        if (file.Features.Count < AnswerFeatures.Count && file.Features.SequenceEqual(AnswerFeatures.Names.Take(file.Features.Count)))
            file = Extended(file);
        if (!file.Features.SequenceEqual(AnswerFeatures.Names))
            throw new InvalidDataException(
                $"{source}: the answer model was trained on features [{string.Join(", ", file.Features)}], this build computes [{string.Join(", ", AnswerFeatures.Names)}]; retrain with 'newsbot eval train-answerer'.");
        foreach (var (name, weights) in new[] { ("withSimilarity", file.WithSimilarity), ("withoutSimilarity", file.WithoutSimilarity) })
        {
            if (weights.Weights.Count != file.Features.Count || weights.Weights.Any(w => !double.IsFinite(w)) || !double.IsFinite(weights.Bias))
                throw new InvalidDataException($"{source}: '{name}' needs {file.Features.Count} finite weights.");
            if (weights.Ranker is { } ranker && (ranker.Count != file.Features.Count || ranker.Any(w => !double.IsFinite(w))))
                throw new InvalidDataException($"{source}: '{name}' needs {file.Features.Count} finite ranker weights.");
            if (weights.Trees is { } trees && !trees.IsValid(file.Features.Count))
                throw new InvalidDataException($"{source}: '{name}' has trees that do not fit its {file.Features.Count} features.");
        }
        return new AnswerModel(file);
    }

    private static AnswerModelFile Extended(AnswerModelFile file)
    {
        var added = AnswerFeatures.Count - file.Features.Count;
        // Each set keeps its own count: a set that does not fit the file's features still fails validation below.
        static IReadOnlyList<double> Padded(IReadOnlyList<double> weights, int added) => [.. weights, .. Enumerable.Repeat(0.0, added)];
        AnswerWeights Pad(AnswerWeights weights) => weights with
        {
            Weights = Padded(weights.Weights, added),
            Ranker = weights.Ranker is { } ranker ? Padded(ranker, added) : null,
        };
        return file with { Features = AnswerFeatures.Names, WithSimilarity = Pad(file.WithSimilarity), WithoutSimilarity = Pad(file.WithoutSimilarity) };
    }

    /// <summary>Reads a model file from disk.</summary>
    public static AnswerModel Load(string path)
    {
        using var stream = System.IO.File.OpenRead(path);
        return Load(stream, path);
    }

    /// <summary>Writes a model file.</summary>
    public static void Save(AnswerModelFile file, string path)
    {
        using var stream = System.IO.File.Create(path);
        JsonSerializer.Serialize(stream, file, Json);
    }

    private static AnswerModel LoadShipped()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The build lacks the embedded resource {ResourceName}.");
        return Load(stream, ResourceName);
    }
}

/// <summary>The stored form of <see cref="AnswerModel"/>.</summary>
/// <param name="Features">Feature names in order (must equal <see cref="AnswerFeatures.Names"/>).</param>
/// <param name="TrainedOn">What it was trained and tuned on, for the record.</param>
public sealed record AnswerModelFile(
    IReadOnlyList<string> Features,
    AnswerWeights WithSimilarity,
    AnswerWeights WithoutSimilarity,
    string TrainedOn);

/// <summary>
/// One logistic weight set and its decline threshold; optionally a ranker that orders the sentences (the logistic
/// probability of the one it puts first then decides whether to decline), or a tree ensemble that scores instead.
/// </summary>
/// <param name="Threshold">Decline when the best sentence's probability is below this.</param>
public sealed record AnswerWeights(double Bias, IReadOnlyList<double> Weights, double Threshold)
{
    /// <summary>When present, the probability comes from these trees; the logistic weights stay for the record.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public AnswerTrees? Trees { get; init; }

    /// <summary>When present, a linear score per feature that orders the sentences of one question (a conditional logit).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<double>? Ranker { get; init; }

    /// <summary>
    /// How much the logistic log-odds count beside the ranker's score in the order (a product of the two experts,
    /// the logistic one to this power): the ranker tells the sentences of one question apart, the logistic model knows
    /// which ones answer at all ("Sergio Marchionne has replaced Herbert Demel as chief executive" for "who's fiat's
    /// ceo", over a sentence naming a former chief). 0.25 was best of 0, 0.25, 0.5 and 1 on the chat dev sets (399,
    /// 402, 401, 400 of 627), with the SQuAD training half unchanged.
    /// </summary>
    public const double LogisticShareOfOrder = 0.25;

    /// <summary>
    /// Every sentence of one question scored: the key that orders them (with a ranker, its score plus
    /// <see cref="LogisticShareOfOrder"/> of the logistic log-odds; else the probability) and the probability that it
    /// answers, which decides declining.
    /// </summary>
    public IReadOnlyList<(double Probability, double Order)> ScoreAll(IReadOnlyList<IReadOnlyList<double>> features, Func<int, bool>? isUsed = null) =>
        [.. features.Select(f => (Probability(f, isUsed), RankScore(f, isUsed)))];

    /// <summary>The order key of a sentence: with a ranker, its score plus a share of the log-odds; else the probability.</summary>
    public double RankScore(IReadOnlyList<double> features, Func<int, bool>? isUsed = null) =>
        Ranker is null ? Probability(features, isUsed) : Dot(Ranker, features, isUsed) + LogisticShareOfOrder * LogOdds(features, isUsed);

    // The logistic model's log-odds: its linear score, or the trees' probability turned back into odds.
    private double LogOdds(IReadOnlyList<double> features, Func<int, bool>? isUsed)
    {
        if (Trees is null)
            return Dot(Weights, features, isUsed, Bias);
        var p = Math.Clamp(Probability(features, isUsed), 1e-6, 1 - 1e-6);
        return Math.Log(p / (1 - p));
    }

    /// <summary>Probability (0–1) that a sentence with these features answers; the features for which <paramref name="isUsed"/> holds (all when null).</summary>
    public double Probability(IReadOnlyList<double> features, Func<int, bool>? isUsed = null)
    {
        if (Trees is not null)
            return Trees.Probability(isUsed is null ? features : [.. features.Select((v, i) => isUsed(i) ? v : 0)]);
        return 1 / (1 + Math.Exp(-Dot(Weights, features, isUsed, Bias)));
    }

    // start + Σ weight·feature over the features used, summed in feature order.
    private static double Dot(IReadOnlyList<double> weights, IReadOnlyList<double> features, Func<int, bool>? isUsed, double start = 0)
    {
        var z = start;
        for (var i = 0; i < weights.Count; i++)
        {
            if (isUsed is null || isUsed(i))
                z += weights[i] * features[i];
        }
        return z;
    }
}
