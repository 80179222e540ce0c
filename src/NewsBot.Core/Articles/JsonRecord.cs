namespace NewsBot.Core.Articles;

/// <summary>One record of a JSON file in file order: its fields, or why it is not a record.</summary>
/// <param name="InContainer">True for a record from another object's list (a search result), never the file's only article.</param>
/// <param name="Label">Where it is, for messages: <c>record 3</c>, <c>line 7</c>, <c>line 7, record 2</c>.</param>
internal sealed record JsonRecord(string Label, ArticleFields? Fields, bool InContainer, string? Problem);
