using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class TextPiecesTests
{
    [Fact]
    public void Split_PrefersParagraphBreaks()
    {
        var first = new string('a', 60);
        var second = new string('b', 30);
        var pieces = TextPieces.Split(first + "\n\n" + second, 100);
        Assert.Equal([first + "\n\n" + second], pieces);
        Assert.Equal([first, second], TextPieces.Split(first + "\n\n" + second, 80));
    }

    [Fact]
    public void Split_LongText_EveryPieceWithinLimitAndNothingLost()
    {
        var text = string.Join(" ", Enumerable.Range(0, 2000).Select(i => $"Sentence {i} says something."));
        var pieces = TextPieces.Split(text, 4096);
        Assert.All(pieces, p => Assert.InRange(p.Length, 1, 4096));
        Assert.Equal(text.Replace(" ", ""), string.Concat(pieces).Replace(" ", ""));
    }

    [Fact]
    public void Split_NoBreaks_DoesNotCutASurrogatePair()
    {
        var text = string.Concat(Enumerable.Repeat("📰", 100)); // 200 UTF-16 units
        var pieces = TextPieces.Split(text, 51);
        Assert.All(pieces, p => Assert.False(char.IsHighSurrogate(p[^1])));
        Assert.Equal(text, string.Concat(pieces));
    }

    [Fact]
    public void Truncate_AddsEllipsisWithinLimit()
    {
        var cut = TextPieces.Truncate(new string('x', 300), 256);
        Assert.Equal(256, cut.Length);
        Assert.EndsWith("…", cut);
        Assert.Equal("short", TextPieces.Truncate("  short ", 256));
    }

    [Fact]
    public void Truncate_PrefersAWordEnd_AndNeverCutsASurrogatePair()
    {
        Assert.Equal("Blinken met…", TextPieces.Truncate("Blinken met Lavrov", 14));
        var emoji = string.Concat(Enumerable.Repeat("📰", 100));
        var cut = TextPieces.Truncate(emoji, 52);
        Assert.True(cut.Length <= 52);
        Assert.False(char.IsHighSurrogate(cut[^2]), "the last character before … is a whole emoji");
        Assert.Equal(emoji[..(cut.Length - 1)], cut[..^1]);
    }

    [Fact]
    public void Split_EmptyText_IsNoPieces() => Assert.Empty(TextPieces.Split("   ", 10));

    [Fact]
    public void SplitRanges_PointAtEachPieceInTheOriginalText()
    {
        var text = "  " + string.Join(" ", Enumerable.Range(0, 300).Select(i => $"Line {i} repeats words.")) + "\n\n tail ";
        var pieces = TextPieces.Split(text, 500);
        var ranges = TextPieces.SplitRanges(text, 500);
        Assert.True(pieces.Count > 3);
        Assert.Equal(pieces, ranges.Select(r => text[r]).ToList());
        Assert.Empty(TextPieces.SplitRanges("   ", 10));
    }
}
