using NewsBot.Core.Articles;

namespace NewsBot.Host.Cli;

/// <summary>How <c>articles</c> and <c>article</c> print for a person.</summary>
internal static class ArticleText
{
    public static void WritePage(TextWriter output, ArticlePage page)
    {
        if (page.Items.Count == 0)
        {
            output.WriteLine(page.Total == 0 ? "No articles." : $"No articles on page {page.Page} ({page.Total} in all).");
            return;
        }
        var width = page.Items.Max(a => a.Id.Length);
        var dated = page.Items.Any(a => a.Published is not null);
        foreach (var article in page.Items)
        {
            var date = dated ? $"{ReplyText.Date(article.Published),-10}  " : "";
            var source = string.IsNullOrEmpty(article.Source) ? "" : $"  ({article.Source})";
            var alsoAs = article.AlsoAs.Count == 0 ? "" : $"  (also as {string.Join(", ", article.AlsoAs)})";
            output.WriteLine($"{article.Id.PadRight(width)}  {date}{article.Title}{source}{alsoAs}");
        }
        var pages = Math.Max(1, (page.Total + page.PageSize - 1) / page.PageSize);
        output.WriteLine($"Page {page.Page} of {pages} · {page.Total} article{(page.Total == 1 ? "" : "s")}");
    }

    public static void WriteDetail(TextWriter output, ArticleDetail article)
    {
        output.WriteLine(article.Title);
        output.WriteLine($"  id:        {article.Id}");
        if (article.Published is not null)
            output.WriteLine($"  published: {ReplyText.Date(article.Published)}");
        if (!string.IsNullOrEmpty(article.Source))
            output.WriteLine($"  source:    {article.Source}");
        if (!string.IsNullOrEmpty(article.Url))
            output.WriteLine($"  url:       {article.Url}");
        output.WriteLine($"  passages:  {article.PassageCount}");
        output.WriteLine();
        output.WriteLine(article.OpeningPassage);
    }

    public static string NotFound(string id, IReadOnlyList<string> closest) =>
        closest.Count == 0
            ? $"No article '{id}'."
            : $"No article '{id}'. Closest ids: {string.Join(", ", closest)}";
}
