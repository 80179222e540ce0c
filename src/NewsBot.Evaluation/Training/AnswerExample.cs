namespace NewsBot.Evaluation.Training;

/// <summary>The scored sentences of one training question: their features, which ones hold a gold answer, and whether any could.</summary>
/// <param name="Number">The article's number in its file (SQuAD) or the question's (chat): decides fit or tune.</param>
internal sealed record AnswerExample(string Source, int Number, IReadOnlyList<double[]> Features, IReadOnlyList<bool> Labels, bool Answerable, bool Similarity);
