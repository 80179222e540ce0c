using NewsBot.Core.Answering;
using NewsBot.Core.Tests.Index;

namespace NewsBot.Core.Tests.Answering;

public sealed class AnswerFeaturesTests : IDisposable
{
    private readonly TestIndex _index = new();

    private IReadOnlyList<AnswerFeatures.Row> Rows(string question)
    {
        var sentences = AnswerSentence.Of(_index.Index.Search(question, 8));
        return AnswerFeatures.Compute(QuestionAnalysis.Of(question), sentences, null);
    }

    private static int Feature(string name) => AnswerFeatures.Names.ToList().IndexOf(name);

    [Fact]
    public void AQuestionTermNoRetrievedSentenceHolds_IsAbsentForEverySentence()
    {
        _index.With(("godzilla", "Godzilla star", "Godzilla received a star on the Walk of Fame.\n\nAn actor breathed smoke over photographers."));

        var unanswered = Rows("how much did the godzilla star cost?");
        var answered = Rows("who received the godzilla star?");

        Assert.NotEmpty(unanswered);
        Assert.All(unanswered, r => Assert.True(r.Values[Feature("absent_terms")] > 0));
        Assert.All(answered, r => Assert.Equal(0, r.Values[Feature("absent_terms")]));
    }

    [Fact]
    public void TermsOfTheTitleAndOfTheSentenceBefore_CountAsTheSentencesContext()
    {
        _index.With(("halloween", "Halloween writer dies",
            "Screenwriter Debra Hill co-wrote the horror classic in 1978. Directed by John Carpenter, it made over $60m worldwide."));

        var rows = Rows("how much did halloween gross at the box office worldwide");
        var gross = Assert.Single(rows, r => r.Values[Feature("entity_typed")] > 0 || r.Entities.Count > 0);
        var lead = Assert.Single(rows, r => !ReferenceEquals(r, gross));

        // "halloween" is only in the title; "worldwide" is in the sentence itself.
        Assert.True(gross.Values[Feature("coverage_context")] > gross.Values[Feature("coverage_index")]);
        Assert.True(lead.Values[Feature("coverage_context")] > lead.Values[Feature("coverage_index")]);
        Assert.Equal(gross.Values[Feature("entity_typed")] * gross.Values[Feature("coverage_context")], gross.Values[Feature("typed_x_context")]);
    }

    [Fact]
    public void TheSentenceBefore_LendsItsTerms()
    {
        _index.With(("tennis", "Qatar Open", "Conchita Martinez beat Roberta Vinci in Doha. The veteran will next meet Anastasia Myskina."));

        var rows = Rows("who does conchita martinez meet next in doha");
        var second = Assert.Single(rows, r => r.Covered.Contains("next"));

        Assert.Equal(1, second.Values[Feature("coverage_context")], 6);
    }

    [Fact]
    public void APersonAnywhereInTheSentence_CountsForWho_AndTheNearestFactIsCloser()
    {
        _index.With(("eurotunnel", "Eurotunnel sales", "Sales at the tunnel operator fell in 2004, said chief executive Jean-Louis Raymond."));

        var row = Assert.Single(Rows("who runs the tunnel operator?"));

        Assert.Equal(1, row.Values[Feature("person_any")]);
        Assert.InRange(row.Values[Feature("entity_closeness")], 0.01, 1);
    }

    [Fact]
    public void ForHowLong_ADurationAnywhereInTheSentence_IsOfTheAskedForKind()
    {
        _index.With(("talks", "Brief talks", "The conversation in Delhi, according to a senior State Department official, was over in less than 10 minutes."));

        var row = Assert.Single(Rows("how long did the conversation last?"));
        var count = Assert.Single(Rows("how many officials joined the conversation?"));

        Assert.Equal(1, row.Values[Feature("entity_typed")]);
        Assert.Equal(0, count.Values[Feature("entity_typed")]);
    }

    [Theory]
    [InlineData("Fairmont said it planned to invest $48m (£26m) in renovating the Savoy.", "48m")]
    [InlineData("Directed by John Carpenter, it made over $60m (£31.3m) worldwide.", "60m")]
    [InlineData("WMC said its profit rose to 1.33bn Australian dollars.", "1.33bn")]
    [InlineData("Mercedes sales fell 3.1% to 1.06 million cars.", "1.06 million")]
    [InlineData("He ran the 10,000m in the 1980s.", "10,000m")]
    public void FiguresAsNewsWritesThem_AreNumbers(string sentence, string figure)
    {
        var found = Numbers(sentence);

        Assert.Contains(figure, found);
    }

    [Theory]
    [InlineData("The G20 met on Mp3 day.")]
    [InlineData("Japan Airlines bought the 7e7 jet.")]
    [InlineData("Godzilla got a star for his 50th birthday and his 28th film.")]
    [InlineData("Godzilla received the 2,271st star on Hollywood Boulevard.")]
    [InlineData("One manager who has got it right this week is Walter Smith.")]
    [InlineData("It is one of the highlights of the sale.")]
    public void DigitsInsideAWordOrdinalsAndTheDeterminerOne_AreNoNumber(string sentence) => Assert.Empty(Numbers(sentence));

    [Fact]
    public void OneAsACount_IsStillANumber() => Assert.Equal(["one", "two"], Numbers("He scored one goal and made two more."));

    [Theory]
    [InlineData("REM will headline the festival on the Sunday night.", "REM")]
    [InlineData("The MDA IV is the latest pocket office from T-Mobile.", "MDA IV")]
    [InlineData("But Brando, who died in July, refused the Oscar.", "Brando")]
    public void ANameOpeningTheSentence_IsFound_WithoutTheSmallWordBeforeIt(string sentence, string name) =>
        Assert.Equal(name, Names(sentence, new HashSet<string>())[0]);

    [Fact]
    public void ANameMadeMostlyOfTheQuestionsWords_IsTheTopicNotTheAnswer()
    {
        var question = QuestionAnalysis.Of("who's headlining isle of wight");

        var names = Names("Roxy Music will appear at June's Isle of Wight music festival.", question.QuestionWords);

        Assert.Equal(["Roxy Music"], names);
    }

    [Fact]
    public void InCannes_OpeningTheSentence_IsAPlace() =>
        Assert.Equal(["Cannes"], AnswerEntities.Locate("In Cannes, the band played.", Language.AnswerKind.Place, new HashSet<string>(), [], window: -1)
            .Select(e => "In Cannes, the band played.".Substring(e.Start, e.Length)));

    [Theory]
    [InlineData("how many mac minis were sold", "Apple sold 100,000 Mac minis at $499 each, up 12% on the iMac.", "100,000")]
    [InlineData("how many cars did daimlerchrysler sell", "Sales rose 2.1% to 1.06 million cars, worth £20bn.", "1.06 million")]
    [InlineData("how many parents gave evidence to the inquiry", "The five-month inquiry heard from 40 parents.", "40")]
    public void HowMany_IsAnsweredByACount_NotByMoneyAShareOrATimeSpan(string question, string sentence, string count)
    {
        var analysis = QuestionAnalysis.Of(question);

        var figures = AnswerEntities.Locate(sentence, analysis.Kind, analysis.QuestionWords, analysis.KeyTerms, window: -1)
            .Select(e => sentence.Substring(e.Start, e.Length));

        Assert.Equal([count], figures);
    }

    [Theory]
    [InlineData("what time does the dent johansson final start", "The Australian Open starts on 17 January.", new string[0])]
    [InlineData("what time does the final start", "The final kicks off at 1930 GMT on Sunday.", new[] { "1930 GMT" })]
    [InlineData("what time did blair go to bed", "He admitted he had gone to bed at 2230GMT, well before the polls closed.", new[] { "2230GMT" })]
    [InlineData("what time is the match", "Kick-off is at 3pm, or 15:00 in Paris.", new[] { "3pm", "15:00" })]
    [InlineData("when was the last time ireland won", "Ireland last won in 1948.", new[] { "1948" })]
    [InlineData("what time of day did they gather", "They gathered at night in 1560.", new[] { "night" })]
    [InlineData("what time period do the geoglyphs date back to", "The geoglyphs date back to 1650.", new[] { "1650" })]
    public void WhatTime_IsATimeOfDay_UnlessItAsksForAPeriod(string question, string sentence, string[] facts)
    {
        var analysis = QuestionAnalysis.Of(question);

        var found = AnswerEntities.Locate(sentence, analysis.Kind, analysis.QuestionWords, analysis.KeyTerms, window: -1)
            .Select(e => sentence.Substring(e.Start, e.Length));

        Assert.Equal(facts, found);
    }

    [Theory]
    [InlineData("what year did the war start", "It is his first visit since the war began a year ago.", new[] { "a year ago" })]
    [InlineData("which month did the strike start", "The strike began last month, in May.", new[] { "last month", "May" })]
    public void ARelativeDate_AnswersWhatYearOrMonth_ThoughItNamesTheUnitAsked(string question, string sentence, string[] facts)
    {
        var analysis = QuestionAnalysis.Of(question);

        var found = AnswerEntities.Locate(sentence, analysis.Kind, analysis.QuestionWords, analysis.KeyTerms, window: -1)
            .Select(e => sentence.Substring(e.Start, e.Length));

        Assert.Equal(facts, found);
    }

    [Fact]
    public void HowManyYears_StillTakesATimeSpan()
    {
        const string sentence = "The inquiry heard parents over 3 years.";
        var analysis = QuestionAnalysis.Of("how many years did the inquiry take");

        Assert.Contains(AnswerEntities.Locate(sentence, analysis.Kind, analysis.QuestionWords, analysis.KeyTerms, window: -1),
            e => sentence.Substring(e.Start, e.Length) == "3");
    }

    [Fact]
    public void HowMuch_AndHowManyDollars_StillTakeMoney()
    {
        const string sentence = "The painting sold for $3.4m.";
        foreach (var question in new[] { "how much did the painting sell for", "how many dollars did the painting fetch" })
        {
            var analysis = QuestionAnalysis.Of(question);
            Assert.Contains(AnswerEntities.Locate(sentence, analysis.Kind, analysis.QuestionWords, analysis.KeyTerms, window: -1),
                e => sentence.Substring(e.Start, e.Length) == "3.4m");
        }
    }

    [Theory]
    [InlineData("The 43-year-old Hague is tipped for a return.", "43")]
    [InlineData("Mr Hague, 43, is tipped for a return.", "43")]
    [InlineData("Hill died in Los Angeles aged 54 after a long illness.", "54")]
    [InlineData("Crosby told the leader to focus on 25 to 30 seats.", null)]
    [InlineData("He got an eight-year ban at 10 Downing Street.", null)]
    public void HowOld_IsAnsweredByAnAgeAsNewsWritesOne(string sentence, string? age)
    {
        var question = QuestionAnalysis.Of("how old is he");

        var figures = AnswerEntities.Locate(sentence, question.Kind, question.QuestionWords, question.KeyTerms, window: -1)
            .Select(e => sentence.Substring(e.Start, e.Length));

        Assert.Equal(age is null ? [] : [age], figures);
    }

    [Fact]
    public void HowManyAtOldTrafford_AsksACount_NotAnAge()
    {
        const string sentence = "United scored 3 goals at Old Trafford.";
        var question = QuestionAnalysis.Of("how many goals did united score at old trafford");

        Assert.Equal(["3"], AnswerEntities.Locate(sentence, question.Kind, question.QuestionWords, question.KeyTerms, window: -1)
            .Select(e => sentence.Substring(e.Start, e.Length)));
    }

    [Fact]
    public void HowManyTimes_IsAnsweredByTheOrdinalOfTheLatestTime()
    {
        const string sentence = "Iran's bid has been refused after the US blocked its application for the 21st time.";
        var times = QuestionAnalysis.Of("how many times has the us blocked iran joining the wto");
        var goals = QuestionAnalysis.Of("how many goals has he scored");

        Assert.Equal(["21st"], AnswerEntities.Locate(sentence, times.Kind, times.QuestionWords, times.KeyTerms, window: -1)
            .Select(e => sentence.Substring(e.Start, e.Length)));
        Assert.Empty(AnswerEntities.Locate(sentence, goals.Kind, goals.QuestionWords, goals.KeyTerms, window: -1));
    }

    private static List<string> Names(string sentence, IReadOnlySet<string> questionWords) =>
        [.. AnswerEntities.Locate(sentence, Language.AnswerKind.Name, questionWords, [], window: -1).Select(e => sentence.Substring(e.Start, e.Length))];

    private static List<string> Numbers(string sentence) =>
        [.. AnswerEntities.Locate(sentence, Language.AnswerKind.Number, new HashSet<string>(), [], window: -1).Select(e => sentence.Substring(e.Start, e.Length))];

    public void Dispose() => _index.Dispose();
}
