using NewsBot.Core.Articles;

namespace NewsBot.Host.Evaluation;

/// <summary>
/// Writes articles as the text files the ingester reads (headline, blank line, body), one file per article named
/// after its id, so that ingesting the folder gives each article back its id.
/// </summary>
internal static class ArticleFiles
{
    public static string Write(string folder, IEnumerable<Article> articles)
    {
        Directory.CreateDirectory(folder);
        foreach (var article in articles)
            File.WriteAllText(Path.Combine(folder, article.Id + ".txt"), $"{article.Title}\n\n{article.Text}\n");
        return folder;
    }
}
