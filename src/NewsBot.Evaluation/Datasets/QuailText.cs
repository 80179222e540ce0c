namespace NewsBot.Evaluation.Datasets;

/// <summary>One QuAIL text (a VOA news article in the news domain) and its questions.</summary>
internal sealed record QuailText(string Id, string Domain, string Title, string? Url, string Body, IReadOnlyList<QuailQuestion> Questions);
