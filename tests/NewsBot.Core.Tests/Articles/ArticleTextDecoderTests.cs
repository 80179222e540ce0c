using System.Text;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Tests.Articles;

public sealed class ArticleTextDecoderTests
{
    [Fact]
    public void Valid_utf8_is_decoded_as_utf8_without_the_bom() =>
        Assert.Equal("Café “quoted”", ArticleTextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Café “quoted”")]));

    [Fact]
    public void Invalid_utf8_falls_back_to_latin1()
    {
        // "a £15.8m signing" in Latin-1: 0xA3 alone is not valid UTF-8.
        var bytes = Encoding.Latin1.GetBytes("a £15.8m signing, café");
        Assert.Equal("a £15.8m signing, café", ArticleTextDecoder.Decode(bytes));
    }

    [Fact]
    public void Latin1_fallback_reads_windows_1252_punctuation()
    {
        byte[] bytes = [0x93, (byte)'H', (byte)'i', 0x94, (byte)' ', 0x96, (byte)' ', 0xE9];
        Assert.Equal("“Hi” – é", ArticleTextDecoder.Decode(bytes));
    }

    [Fact]
    public void Utf16_with_a_bom_is_decoded() =>
        Assert.Equal("Hello", ArticleTextDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Hello")]));

    [Fact]
    public void Windows_line_endings_become_newlines() =>
        Assert.Equal("a\n\nb\nc", ArticleTextDecoder.Decode(Encoding.UTF8.GetBytes("a\r\n\r\nb\rc")));

    [Theory]
    [InlineData(new byte[0], "empty file")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x09, 0x0D, 0x0A }, "empty file")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08 }, "binary file (contains NUL bytes)")]
    [InlineData(new byte[] { 0x01, 0x02, 0x03, 0x41, 0x05, 0x06, 0x07, 0x08, 0x0E, 0x0F }, "binary file (mostly control characters)")]
    public void Empty_and_binary_input_is_refused_with_the_reason(byte[] bytes, string reason)
    {
        var error = Assert.Throws<ArticleFormatException>(() => ArticleTextDecoder.Decode(bytes));
        Assert.Equal(reason, error.Message);
    }
}
