using NewsBot.Core.Articles;

namespace NewsBot.Core.Tests.Articles;

public sealed class TextAndMarkdownReaderTests
{
    [Fact]
    public void Txt_first_non_empty_line_is_the_title_and_the_rest_the_text()
    {
        var article = PlainTextArticleReader.Read("\n\nChelsea sack Mutu\n\nChelsea have sacked Adrian Mutu.\n\nMore text.\n", "sport/199");
        Assert.Equal(new Article("sport/199", "Chelsea sack Mutu", "Chelsea have sacked Adrian Mutu.\n\nMore text."), article);
    }

    [Fact]
    public void Txt_of_a_single_line_is_title_and_text()
    {
        var article = PlainTextArticleReader.Read("Markets rose on Monday.", "brief");
        Assert.Equal(("Markets rose on Monday.", "Markets rose on Monday."), (article.Title, article.Text));
    }

    [Fact]
    public void Txt_starting_with_a_paragraph_keeps_all_text_and_a_shortened_title()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("words", 80)) + ".";
        var article = PlainTextArticleReader.Read(paragraph + "\nSecond line.", "long");
        Assert.EndsWith("…", article.Title);
        Assert.True(article.Title.Length <= ArticleText.MaxTitleLength);
        Assert.Equal(paragraph + "\nSecond line.", article.Text);
    }

    [Fact]
    public void Md_front_matter_gives_id_title_url_date_and_source()
    {
        const string Markdown = """
            ---
            id: g20-talks
            title: "Lavrov and Blinken meet"
            url: https://example.com/g20
            published: 2023-03-02
            source: Example News
            tags: [diplomacy, g20]
            ---
            # Lavrov and Blinken meet

            The two met **briefly** in New Delhi.
            """;
        var article = MarkdownArticleReader.Read(Markdown, "notes/g20");
        Assert.Equal("g20-talks", article.Id);
        Assert.Equal("Lavrov and Blinken meet", article.Title);
        Assert.Equal("https://example.com/g20", article.Url);
        Assert.Equal(new DateTimeOffset(2023, 3, 2, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("Example News", article.Source);
        Assert.Equal("# Lavrov and Blinken meet\n\nThe two met **briefly** in New Delhi.", article.Text);
    }

    [Fact]
    public void Md_without_front_matter_takes_the_heading_as_title_and_the_path_id()
    {
        var article = MarkdownArticleReader.Read("# Budget passes\n\nThe budget passed on *Tuesday*.\n", "politics/budget");
        Assert.Equal(new Article("politics/budget", "Budget passes", "The budget passed on *Tuesday*."), article);
    }

    [Fact]
    public void Md_with_malformed_front_matter_is_refused_with_the_reason()
    {
        var error = Assert.Throws<ArticleFormatException>(() => MarkdownArticleReader.Read("---\ntitle: [unclosed\n---\nBody.", "x"));
        Assert.StartsWith("malformed front matter", error.Message);
    }

    [Fact]
    public void Md_with_unclosed_front_matter_is_refused() =>
        Assert.Contains("never closed", Assert.Throws<ArticleFormatException>(() => MarkdownArticleReader.Read("---\ntitle: x\nBody.", "x")).Message);

    [Fact]
    public void Md_with_only_front_matter_has_no_text() =>
        Assert.Contains("no text", Assert.Throws<ArticleFormatException>(() => MarkdownArticleReader.Read("---\ntitle: x\n---\n", "x")).Message);
}
