using NewsBot.Core.Articles;

namespace NewsBot.Core.Ingest;

/// <summary>One file or URL to read.</summary>
/// <param name="Location">The path as the user would recognise it (under the folder they named), or the URL.</param>
/// <param name="Origin">Full path, or the URL: what the index records so a folder sync can find it.</param>
/// <param name="DefaultId">The id when the content gives none: relative path without extension, file name, or URL slug.</param>
/// <param name="Format">The reader; null for a URL, whose format is known only after the download.</param>
internal sealed record IngestInput(string Location, string Origin, string DefaultId, ArticleFormat? Format)
{
    public bool IsUrl => Format is null;
}
