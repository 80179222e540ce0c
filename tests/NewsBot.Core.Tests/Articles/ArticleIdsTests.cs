using NewsBot.Core.Articles;

namespace NewsBot.Core.Tests.Articles;

public sealed class ArticleIdsTests
{
    [Theory]
    [InlineData("business/001.txt", "business/001")]
    [InlineData("business\\001.txt", "business/001")]
    [InlineData("000_6a9e5e658e7f90a5.txt", "000_6a9e5e658e7f90a5")]
    [InlineData("a/b.c/story.v2.md", "a/b.c/story.v2")]
    public void Relative_paths_lose_the_extension_and_use_slashes(string path, string id) =>
        Assert.Equal(id, ArticleIds.FromRelativePath(path));

    [Theory]
    [InlineData("https://www.example.com/news/2024/01/Big-Story.html", "example.com/news/2024/01/big-story")]
    [InlineData("http://example.com/article.php?id=42&x=y#top", "example.com/article-id-42-x-y")]
    [InlineData("https://example.com/", "example.com")]
    [InlineData("tag:example.org,2003:3.2397", "tag-example.org-2003-3.2397")]
    public void Urls_become_readable_slugs(string url, string slug) => Assert.Equal(slug, ArticleIds.Slug(url));

    [Fact]
    public void Long_slugs_are_cut_and_stay_distinct()
    {
        var a = ArticleIds.Slug("https://example.com/" + new string('a', 300) + "/one");
        var b = ArticleIds.Slug("https://example.com/" + new string('a', 300) + "/two");
        Assert.True(a.Length <= 120);
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void An_identifier_without_letters_or_digits_still_gets_an_id() =>
        Assert.StartsWith("article-", ArticleIds.Slug("???"));
}
