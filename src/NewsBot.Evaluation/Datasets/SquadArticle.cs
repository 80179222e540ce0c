namespace NewsBot.Evaluation.Datasets;

/// <summary>One SQuAD article (a Wikipedia page): its title and paragraphs in order.</summary>
internal sealed record SquadArticle(string Title, IReadOnlyList<SquadParagraph> Paragraphs);
