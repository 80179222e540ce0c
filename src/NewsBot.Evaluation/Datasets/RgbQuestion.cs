namespace NewsBot.Evaluation.Datasets;

/// <summary>
/// One RGB counterfactual item: the query, acceptable true answers, the falsified answer, the true passages and
/// the same passages with the answer replaced by <see cref="FakeAnswer"/>.
/// </summary>
internal sealed record RgbQuestion(
    string Id,
    string Query,
    IReadOnlyList<string> Answers,
    string FakeAnswer,
    IReadOnlyList<string> Positive,
    IReadOnlyList<string> PositiveWrong,
    IReadOnlyList<string> Negative);
