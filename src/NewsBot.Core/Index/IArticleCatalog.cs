using NewsBot.Core.Articles;

namespace NewsBot.Core.Index;

/// <summary>Listing, lookup and "did you mean" over the stored articles (reads only); see <see cref="ArticleCatalog"/>.</summary>
internal interface IArticleCatalog
{
    /// <summary>Stories (aliases not counted).</summary>
    int Count();

    /// <summary>A page of stories, newest first, optionally filtered by id, title or source (an alias's match finds its story).</summary>
    ArticlePage List(int page, int pageSize, string? filter);

    /// <summary>The article or alias with this id, or null.</summary>
    ArticleDetail? Find(string id);

    /// <summary>Known ids closest to a possibly misspelled id or a title fragment.</summary>
    IReadOnlyList<ArticleSummary> Closest(string text, int max);

    /// <summary>Articles stored from files under <paramref name="folder"/>, with each one's file, by id.</summary>
    IReadOnlyList<(string Id, string Origin)> WithOriginUnder(string folder);
}
