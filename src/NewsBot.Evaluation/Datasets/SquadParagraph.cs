namespace NewsBot.Evaluation.Datasets;

/// <summary>One SQuAD paragraph (indexed as one passage) and the questions asked about it.</summary>
internal sealed record SquadParagraph(string Context, IReadOnlyList<SquadQuestion> Questions);
