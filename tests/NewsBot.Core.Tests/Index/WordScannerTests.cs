using NewsBot.Core.Index;
using NewsBot.Core.Language;

namespace NewsBot.Core.Tests.Index;

public sealed class WordScannerTests
{
    [Theory]
    [InlineData("Where did THEY meet? (New Delhi) — “quoted” 85% G-20")]
    [InlineData("東京 で 会議 Нью-Дели القاهرة")]
    [InlineData("emoji 🇺🇦🙂 between x\u0301y words")]
    [InlineData("lone a\uD800b surrogate \uDC00 and 𠀋 extension-B")]
    [InlineData("")]
    [InlineData("   ...   ")]
    public void Scanner_YieldsTheSameTokensAsQueryTerms(string text)
    {
        var scanned = new List<string>();
        var scanner = new WordScanner(text);
        while (scanner.MoveNext())
            scanned.Add(scanner.Current.ToString());
        scanner.Dispose();

        Assert.Equal(QueryTerms.Tokens(text), scanned);
    }

    [Fact]
    public void Scanner_HandlesTokensLongerThanItsBuffer()
    {
        var text = "short " + new string('x', 5000) + " end";
        var scanned = new List<string>();
        var scanner = new WordScanner(text);
        while (scanner.MoveNext())
            scanned.Add(scanner.Current.ToString());
        scanner.Dispose();

        Assert.Equal(["short", new string('x', 5000), "end"], scanned);
    }
}
