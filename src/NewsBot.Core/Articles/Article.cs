namespace NewsBot.Core.Articles;

/// <summary>One news article as read from a file, feed or URL, before it is split into passages.</summary>
/// <param name="Id">Stable id: the given id, else the path relative to the ingested folder without extension, else a slug of the URL.</param>
/// <param name="Title">Headline.</param>
/// <param name="Text">Body text. Passages and citation quotes are exact substrings of it.</param>
/// <param name="Url">Link to the original, when known.</param>
/// <param name="Published">Publication date, when known.</param>
/// <param name="Source">Publisher or feed name, when known.</param>
public sealed record Article(
    string Id,
    string Title,
    string Text,
    string? Url = null,
    DateTimeOffset? Published = null,
    string? Source = null);
