namespace NewsBot.Host.Evaluation.Training;

/// <summary>The scored sentences of one training question: their features, which ones hold a gold answer, and whether any could.</summary>
internal sealed record AnswerExample(string Source, IReadOnlyList<double[]> Features, IReadOnlyList<bool> Labels, bool Answerable, bool Similarity);
