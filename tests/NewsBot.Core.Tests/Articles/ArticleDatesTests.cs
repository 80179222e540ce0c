using NewsBot.Core.Articles;

namespace NewsBot.Core.Tests.Articles;

public sealed class ArticleDatesTests
{
    [Theory]
    [InlineData("2023-03-02", "2023-03-02T00:00:00+00:00")]
    [InlineData("2023-03-02T10:15:00Z", "2023-03-02T10:15:00+00:00")]
    [InlineData("2023-03-02T10:15:00+05:30", "2023-03-02T10:15:00+05:30")]
    [InlineData("2022/06/13", "2022-06-13T00:00:00+00:00")]
    [InlineData("Thu, 02 Mar 2023 10:15:00 GMT", "2023-03-02T10:15:00+00:00")]
    [InlineData("Thu, 02 Mar 2023 10:15:00 +0100", "2023-03-02T10:15:00+01:00")]
    [InlineData("Thu, 2 Mar 2023 10:15:00 EST", "2023-03-02T10:15:00-05:00")]
    [InlineData("1677752100", "2023-03-02T10:15:00+00:00")]
    [InlineData("2022", "2022-01-01T00:00:00+00:00")]
    public void Common_date_forms_parse(string text, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ArticleDates.Parse(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("last Tuesday")]
    [InlineData("0")]
    public void Absent_or_unreadable_dates_are_null(string? text) => Assert.Null(ArticleDates.Parse(text));
}
