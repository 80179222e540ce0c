using NewsBot.Core.Answering;
using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class SpanPiecesTests
{
    private const string Answer = "They met in New Delhi on 2 March [1].";

    private static string Show(IReadOnlyList<SpanPiece> pieces) =>
        string.Concat(pieces.Select(p => p.Marked ? "{" + p.Text + "}" : p.Text));

    private static AnswerSpan SpanOf(string text, string part) => new(text.IndexOf(part, StringComparison.Ordinal), part.Length);

    [Fact]
    public void Spans_become_marked_pieces_and_the_pieces_add_up_to_the_answer()
    {
        var pieces = SpanPieces.Split(Answer, [SpanOf(Answer, "New Delhi"), SpanOf(Answer, "2 March")]);

        Assert.Equal("They met in {New Delhi} on {2 March} [1].", Show(pieces));
        Assert.Equal(Answer, string.Concat(pieces.Select(p => p.Text)));
    }

    [Fact]
    public void No_spans_is_one_plain_piece_and_an_empty_answer_is_no_piece()
    {
        Assert.Equal([new SpanPiece(Answer, false)], SpanPieces.Split(Answer, []));
        Assert.Equal([new SpanPiece(Answer, false)], SpanPieces.Split(Answer, null));
        Assert.Empty(SpanPieces.Split("", [new AnswerSpan(0, 1)]));
    }

    [Theory]
    [InlineData(-1, 3)]
    [InlineData(0, 0)]
    [InlineData(5, -2)]
    [InlineData(30, 100)]
    [InlineData(37, 1)]
    [InlineData(int.MaxValue, int.MaxValue)]
    public void Out_of_range_or_empty_spans_are_ignored(int start, int length) =>
        Assert.Equal(Answer, Show(SpanPieces.Split(Answer, [new AnswerSpan(start, length)])));

    [Fact]
    public void A_span_overlapping_or_before_an_earlier_one_is_ignored_and_the_earlier_one_kept()
    {
        var delhi = SpanOf(Answer, "New Delhi");
        var pieces = SpanPieces.Split(Answer, [delhi, new AnswerSpan(delhi.Start + 4, 10), new AnswerSpan(0, 4)]);

        Assert.Equal("They met in {New Delhi} on 2 March [1].", Show(pieces));
    }

    [Fact]
    public void Whitespace_at_the_edges_of_a_span_stays_outside_the_mark_and_a_blank_span_is_ignored()
    {
        var pieces = SpanPieces.Split(Answer, [SpanOf(Answer, " New Delhi "), SpanOf(Answer, "2 March ")]);
        Assert.Equal("They met in {New Delhi} on {2 March} [1].", Show(pieces));

        Assert.Equal(Answer, Show(SpanPieces.Split(Answer, [new AnswerSpan(8, 1)])));
    }

    [Fact]
    public void A_span_that_touches_or_holds_a_citation_marker_is_ignored_but_one_right_next_to_it_is_kept()
    {
        const string text = "Held in 2014[1] at Mumbai [2].";
        Assert.Equal(text, Show(SpanPieces.Split(text, [SpanOf(text, "2014[")])));
        Assert.Equal(text, Show(SpanPieces.Split(text, [SpanOf(text, "[1] at Mumbai")])));
        Assert.Equal(text, Show(SpanPieces.Split(text, [SpanOf(text, "2]")])));

        Assert.Equal("Held in {2014}[1] at {Mumbai} [2].", Show(SpanPieces.Split(text, [SpanOf(text, "2014"), SpanOf(text, "Mumbai")])));
    }

    [Fact]
    public void Emoji_at_the_edges_of_a_span_are_kept_whole_and_a_span_that_splits_one_is_ignored()
    {
        const string text = "Won by 📰Team🏆 [1]"; // each emoji is two UTF-16 units
        var whole = SpanOf(text, "📰Team🏆");
        Assert.Equal("Won by {📰Team🏆} [1]", Show(SpanPieces.Split(text, [whole])));

        Assert.Equal(text, Show(SpanPieces.Split(text, [whole with { Start = whole.Start + 1, Length = whole.Length - 1 }])));
        Assert.Equal(text, Show(SpanPieces.Split(text, [whole with { Length = whole.Length - 1 }])));
    }

    [Fact]
    public void A_window_keeps_only_its_part_and_a_span_across_its_edge_is_marked_inside_it()
    {
        var delhi = SpanOf(Answer, "New Delhi");
        var window = (delhi.Start + 4)..;

        var pieces = SpanPieces.Split(Answer, [delhi, SpanOf(Answer, "2 March")], window);

        Assert.Equal("{Delhi} on {2 March} [1].", Show(pieces));
    }
}
