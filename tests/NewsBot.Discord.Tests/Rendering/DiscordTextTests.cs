using NewsBot.Discord.Rendering;

namespace NewsBot.Discord.Tests.Rendering;

public sealed class DiscordTextTests
{
    [Fact]
    public void Split_PrefersParagraphBreaks()
    {
        var first = new string('a', 60);
        var second = new string('b', 30);
        var pieces = DiscordText.Split(first + "\n\n" + second, 100);
        Assert.Equal([first + "\n\n" + second], pieces);
        Assert.Equal([first, second], DiscordText.Split(first + "\n\n" + second, 80));
    }

    [Fact]
    public void Split_LongText_EveryPieceWithinLimitAndNothingLost()
    {
        var text = string.Join(" ", Enumerable.Range(0, 2000).Select(i => $"Sentence {i} says something."));
        var pieces = DiscordText.Split(text, 4096);
        Assert.All(pieces, p => Assert.InRange(p.Length, 1, 4096));
        Assert.Equal(text.Replace(" ", ""), string.Concat(pieces).Replace(" ", ""));
    }

    [Fact]
    public void Split_NoBreaks_DoesNotCutASurrogatePair()
    {
        var text = string.Concat(Enumerable.Repeat("📰", 100)); // 200 UTF-16 units
        var pieces = DiscordText.Split(text, 51);
        Assert.All(pieces, p => Assert.False(char.IsHighSurrogate(p[^1])));
        Assert.Equal(text, string.Concat(pieces));
    }

    [Fact]
    public void Truncate_AddsEllipsisWithinLimit()
    {
        var cut = DiscordText.Truncate(new string('x', 300), 256);
        Assert.Equal(256, cut.Length);
        Assert.EndsWith("…", cut);
        Assert.Equal("short", DiscordText.Truncate("  short ", 256));
    }
}
