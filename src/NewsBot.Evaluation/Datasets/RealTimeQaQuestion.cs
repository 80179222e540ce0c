namespace NewsBot.Evaluation.Datasets;

/// <summary>
/// One RealTimeQA 2022 quiz question with the id of its gold article (the article the quiz linked to) in the
/// evaluation corpus; <see cref="GoldInSearchResults"/> says whether Google's search for it had found that article too.
/// </summary>
internal sealed record RealTimeQaQuestion(
    string Id,
    string Text,
    IReadOnlyList<string> Choices,
    int Answer,
    IReadOnlyList<string> GoldArticleIds,
    bool GoldInSearchResults);
