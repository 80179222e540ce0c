using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class CitationMarkersTests
{
    [Fact]
    public void Text_between_markers_is_escaped_and_markers_become_links()
    {
        var rewritten = CitationMarkers.Rewrite("In *Delhi* [1], or Mumbai [2].", t => t.Replace("*", "\\*"), n => n == 1 ? "<L1>" : null);

        Assert.Equal("In \\*Delhi\\* <L1>, or Mumbai [2].", rewritten);
    }

    [Theory]
    [InlineData("no markers at all")]
    [InlineData("[a] [1000] [-1] [ 1 ]")]
    [InlineData("")]
    public void Anything_that_is_not_a_one_to_three_digit_marker_is_only_escaped(string text) =>
        Assert.Equal(text.ToUpperInvariant(), CitationMarkers.Rewrite(text, t => t.ToUpperInvariant(), _ => "LINK"));
}
