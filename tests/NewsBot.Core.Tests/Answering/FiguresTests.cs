using NewsBot.Core.Answering;
using NewsBot.Core.Tests.Index;

namespace NewsBot.Core.Tests.Answering;

public sealed class FiguresTests : IDisposable
{
    private readonly TestIndex _index = new();

    [Theory]
    [InlineData("Rosneft paid $9.3bn for the unit.", "9.3bn", "Money")]
    [InlineData("The PSP sells for 19,800 yen in Japan.", "19,800", "Money")]
    [InlineData("Nestle took 86.7bn Swiss francs.", "86.7bn", "Money")]
    [InlineData("The jobless rate rose to 12.1%.", "12.1%", "Share")]
    [InlineData("She was stripped of her 2003 titles.", "2003", "Year")]
    [InlineData("It goes on sale on 12 December.", "12", "Date")]
    [InlineData("The ban lasts eight years.", "eight", "Duration")]
    [InlineData("He has scored 187 goals in 10 marathons.", "187", "Count")]
    [InlineData("He ran 10 marathons.", "10", "Count")]
    [InlineData("He got an eight-year ban.", "eight", "Duration")]
    [InlineData("Thirty may be killed in the cull.", "Thirty", "Count")]
    [InlineData("They won 3 matches.", "3", "Count")]
    [InlineData("It is approximately 220 miles (350 km) northwest of Los Angeles.", "220", "Measure")]
    [InlineData("It is approximately 220 miles (350 km) northwest of Los Angeles.", "350", "Measure")]
    [InlineData("A Blu-ray disc will store 50GB of data.", "50", "Measure")]
    [InlineData("July averages 83.0 °F.", "83.0", "Measure")]
    [InlineData("The club moves into its new 60,000-seater stadium.", "60,000", "Measure")]
    public void EachFigure_IsSortedByWhatItMeasures(string sentence, string figure, string sort) =>
        Assert.Equal(sort, Figures.SortOf(sentence, sentence.IndexOf(figure, StringComparison.Ordinal), figure.Length).ToString());

    [Theory]
    [InlineData("35bn", 35e9)]
    [InlineData("35 billion", 35e9)]
    [InlineData("1.06 million", 1.06e6)]
    [InlineData("19,800", 19_800)]
    [InlineData("eleven", 11)]
    public void Values_AreReadAsNewsWritesThem(string figure, double value) => Assert.Equal(value, Figures.ValueOf(figure)!.Value, 3);

    [Fact]
    public void TheSameValueWrittenOrRoundedDifferently_DoesNotDiffer_AnotherValueOfTheSameSortDoes_AnotherSortDoesNot()
    {
        var best = Figures.Of("Howard says he can save £35 billion of waste and cut taxes by £4 billion.", ["35 billion", "4 billion"]);

        Assert.False(Figures.Differ(best, Figures.Of("The Tories say they can save £35bn by 2011.", ["35bn", "2011"])));
        Assert.False(Figures.Differ(Figures.Of("Yukos owes a $27.5bn tax bill.", ["27.5bn"]), Figures.Of("It must meet a $27bn bill.", ["27bn"])));
        Assert.True(Figures.Differ(best, Figures.Of("Labour says only £12bn could be saved.", ["12bn"])));
        Assert.False(Figures.Differ(Figures.Of("Collins got an eight-year ban.", ["eight"]), Figures.Of("She lost her 2003 titles.", ["2003"])));
        Assert.True(Figures.Differ(Figures.Of("Collins got an eight-year ban.", ["eight"]), Figures.Of("Collins was banned for two years.", ["two"])));
        Assert.True(Figures.Differ(Figures.Of("The jobless rate was 12.1%.", ["12.1%"]), Figures.Of("The jobless rate was 12.6%.", ["12.6%"])));
        // A distance is no other answer than a head count: "220 miles from Los Angeles" / "the Los Angeles area, over 12 million".
        Assert.False(Figures.Differ(Figures.Of("It is approximately 220 miles (350 km) northwest of Los Angeles.", ["220", "350"]),
            Figures.Of("The Los Angeles area has over 12 million inhabitants.", ["12 million"])));
        Assert.True(Figures.Differ(Figures.Of("It is 220 miles from Los Angeles.", ["220"]), Figures.Of("Fresno lies 180 miles from Los Angeles.", ["180"])));
    }

    [Fact]
    public void AFigure_IsFoundAsAWholeWord_NotInsideAnother()
    {
        var figures = Figures.Of("Someone paid the money: one payment of $10m in 2010.", ["one", "10m"]);

        Assert.Equal([(FigureSort.Count, 1.0), (FigureSort.Money, 10e6)], figures.Select(f => (f.Sort, f.Value!.Value)));
    }

    [Fact]
    public void AFigureOfAnotherSortInAnotherReport_IsNoDisagreement()
    {
        _index.With(
            ("ban", "Sprinter Collins banned", "Sprinter Michelle Collins has received an eight-year ban for doping offences after a hearing in Denver."),
            ("titles", "Collins stripped of titles", "As well as being hit with the ban, Collins was stripped of her 2003 world and US indoor 200m titles in Denver."));

        var reply = AnswerWithEveryRival("how long's michelle collins banned for");

        Assert.Contains("eight-year ban", reply.Answer, StringComparison.Ordinal);
    }

    // Any rival counts, however unlikely: the figures, not the model's scores, must keep the second report out.
    private Reply AnswerWithEveryRival(string question)
    {
        var reply = ExtractiveAnswerer.Create(_index.Index, new ExtractiveOptions { MinConfidence = 0.02, ConflictRatio = 0.01 })
            .Answer(question, _index.Index.Search(question, 8));
        Assert.False(reply.Abstained, reply.Answer);
        Assert.False(reply.SourcesDiffer, reply.Answer);
        return reply;
    }

    [Theory]
    [InlineData("2005", "5 may", true)]
    [InlineData("17 january", "sunday", true)]
    [InlineData("october 18", "2004", true)]
    [InlineData("2014", "a year ago", false)]
    [InlineData("5 may", "12 may", false)]
    [InlineData("2004", "2005", false)]
    [InlineData("saturday", "sunday", false)]
    public void DatesAtAnotherGrain_CanBothHold(string best, string rival, bool otherGrains) =>
        Assert.Equal(otherGrains, Figures.AtOtherGrains([best], [rival]));

    [Fact]
    public void AYearInOneReportAndADayInAnother_IsNoDisagreement()
    {
        _index.With(
            ("launch", "Y Vote Mock Elections launched", "Schools across Britain will hold the Y Vote Mock Elections in 2005, organisers of the Y Vote scheme said."),
            ("date", "Y Vote Mock Elections date set", "The Y Vote Mock Elections in schools will take place on 5 May, the Y Vote organisers said."));

        var reply = AnswerWithEveryRival("when are the y vote mock elections in schools");

        Assert.Contains("Y Vote", reply.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void AYearInAnotherReport_IsNoOtherAmount()
    {
        _index.With(
            ("toshiba", "HD-DVD backed by Toshiba", "Toshiba expects sales of HD-DVD players to reach 300bn yen by 2010, Toshiba said at the HD-DVD launch in Tokyo."),
            ("universal", "HD-DVD gets Universal films", "Universal expects sales of HD-DVD films to start in 2005, Toshiba said at the HD-DVD launch in Tokyo."));

        var reply = AnswerWithEveryRival("how much does toshiba expect hd-dvd sales to reach");

        Assert.Contains("300bn yen", reply.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutTheEncoder_ARivalLackingAQuestionTermOfTheBestSentence_SaysSomethingElse()
    {
        // "dividend" is the question's point: a bid of another size is no other dividend.
        _index.With(
            ("dividend", "Deutsche Boerse lifts dividend", "Deutsche Boerse said it is raising its dividend to 70 euro cents, Deutsche Boerse said in Frankfurt."),
            ("bid", "Deutsche Boerse bid raised", "Deutsche Boerse is raising its offer for the London Stock Exchange to £1.5bn, Deutsche Boerse said in Frankfurt."));

        var reply = AnswerWithEveryRival("how much is deutsche boerse raising its dividend by");

        Assert.Contains("70 euro cents", reply.Answer, StringComparison.Ordinal);
    }

    public void Dispose() => _index.Dispose();
}
