using NewsBot.Core.Articles;

namespace NewsBot.Core.Tests.Articles;

/// <summary>Terminal escapes and other control characters in article text never reach a terminal, a chat or a prompt.</summary>
public sealed class ControlCharacterTests
{
    private const string Hostile = "\u001b]0;pwned\u0007Title\u001b[2J\n\nBody line\twith a tab.\u007f\u0085\u0000 End.";

    public static TheoryData<ArticleFormat, string> EveryFormat => new()
    {
        { ArticleFormat.PlainText, Hostile },
        { ArticleFormat.Markdown, Hostile },
        { ArticleFormat.Html, "<html><head><title>\u001b]0;pwned\u0007Title</title></head><body><p>Body line\u001b[2J with text.</p></body></html>" },
        { ArticleFormat.Json, """{"id":"esc","title":"\u001b]0;pwned\u0007Title","text":"Body line\u001b[2J with text.","source":"Wire\u009b"}""" },
        { ArticleFormat.Feed, "<rss version=\"2.0\"><channel><item><title>Title\u0085</title><description>Body line\u009b2J with text.</description><guid>g1</guid></item></channel></rss>" },
    };

    [Theory]
    [MemberData(nameof(EveryFormat))]
    public void No_control_character_survives_parsing_except_newline_and_tab(ArticleFormat format, string text)
    {
        var article = Assert.Single(ArticleParser.Parse(format, text, "esc").Articles);

        foreach (var field in new[] { article.Id, article.Title, article.Text, article.Source ?? "", article.Url ?? "" })
            Assert.DoesNotContain(field, c => char.IsControl(c) && c is not '\n' and not '\t');
        Assert.Contains("Title", article.Title, StringComparison.Ordinal);
        Assert.Contains("Body line", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Newlines_and_tabs_stay_and_clean_text_is_returned_as_is()
    {
        const string clean = "Line one\n\tLine two";
        Assert.Same(clean, ArticleText.WithoutControlCharacters(clean));
        Assert.Equal("ab\ncd\te", ArticleText.WithoutControlCharacters("a\u001bb\ncd\te\u0000"));
    }

    [Theory]
    [MemberData(nameof(EveryFormat))]
    public void Bidi_override_and_isolate_controls_are_dropped_in_every_format(ArticleFormat format, string text)
    {
        var hostile = text.Replace("Title", "Ti\u202Eeltit\u202C \u2066x\u2069", StringComparison.Ordinal);

        var article = Assert.Single(ArticleParser.Parse(format, hostile, "bidi").Articles);

        foreach (var field in new[] { article.Title, article.Text })
            Assert.DoesNotContain(field, c => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069');
        Assert.Contains("Tieltit", article.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_direction_marks_stay()
    {
        const string arabic = "\u0645\u0631\u062D\u0628\u0627\u200F 2024";
        Assert.Same(arabic, ArticleText.WithoutControlCharacters(arabic));
    }
}
