namespace NewsBot.Evaluation.Datasets;

/// <summary>One SQuAD question; <see cref="Answers"/> is empty for a v2.0 unanswerable question.</summary>
internal sealed record SquadQuestion(string Id, string Text, IReadOnlyList<string> Answers, bool IsImpossible);
