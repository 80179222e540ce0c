using NewsBot.Evaluation.Datasets;
using NewsBot.Testing;

namespace NewsBot.Evaluation.Tests;

public sealed class DatasetLoaderTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Squad_reads_titles_paragraphs_answers_and_impossible_flags()
    {
        var path = Write("squad.json", """
            {"version":"v2.0","data":[{"title":"Super_Bowl_50","paragraphs":[
              {"context":"Denver won.","qas":[
                {"id":"q1","question":"Who won?","answers":[{"text":"Denver"},{"text":"Denver"}],"is_impossible":false},
                {"id":"q2","question":"Who lost?","answers":[],"is_impossible":true}]}]}]}
            """);

        var article = Assert.Single(SquadDataset.Load(path));

        Assert.Equal("Super_Bowl_50", article.Title);
        var paragraph = Assert.Single(article.Paragraphs);
        Assert.Equal("Denver won.", paragraph.Context);
        Assert.Equal(["Denver", "Denver"], paragraph.Questions[0].Answers);
        Assert.False(paragraph.Questions[0].IsImpossible);
        Assert.True(paragraph.Questions[1].IsImpossible);
        Assert.Empty(paragraph.Questions[1].Answers);
    }

    [Fact]
    public void Squad_without_a_data_array_is_a_clear_error()
    {
        var error = Assert.Throws<InvalidDataException>(() => SquadDataset.Load(Write("bad.json", """{"version":"1.1"}""")));
        Assert.Contains("data", error.Message);
    }

    [Fact]
    public void Quail_keeps_the_domain_asked_for_with_question_text_options_and_correct_index()
    {
        var path = Write("quail.xml", """
            <data>
             <text domain="news" id="n1">
              <metadata><author>VOA</author><title>
                Rains hit Kenya
              </title><url>https://voanews.com/a</url></metadata>
              <text_body>
               Heavy rains hit Nairobi on Monday.
            Officials said 12 people died.
              </text_body>
              <questions>
               <q id="0" type="Factual">
                How many people died?
                <a id="0" correct="False">5</a>
                <a id="1" correct="True">
                 12
                </a>
               </q>
               <q id="1" type="Unanswerable">
                What did the mayor eat?
                <a id="0" correct="True">not enough information</a>
                <a id="1" correct="False">rice</a>
               </q>
              </questions>
             </text>
             <text domain="fiction" id="f1"><metadata><title>T</title></metadata><text_body>x</text_body><questions/></text>
            </data>
            """);

        var text = Assert.Single(QuailDataset.Load(path));

        Assert.Equal("Rains hit Kenya", text.Title);
        Assert.Equal("Heavy rains hit Nairobi on Monday.\n\nOfficials said 12 people died.", text.Body);
        Assert.Equal("How many people died?", text.Questions[0].Text);
        Assert.Equal("12", text.Questions[0].CorrectOption);
        Assert.False(text.Questions[0].IsUnanswerable);
        Assert.True(text.Questions[1].IsUnanswerable);
        Assert.Equal("n1_1", text.Questions[1].Id);
    }

    [Fact]
    public void Rgb_flattens_string_and_nested_list_answers()
    {
        var path = Write("en_fact.json", """
            {"id": 0, "query": "Super Bowl 2021 location", "answer": "Tampa, Florida", "fakeanswer": "Glendale, Arizona", "positive": ["in Tampa, Florida"], "positive_wrong": ["in Glendale, Arizona"], "negative": []}

            {"id": 1, "query": "When?", "answer": [["July 21 2017", "Jul 21, 2017"]], "fakeanswer": "July 1, 2007", "positive": ["a", "b"], "positive_wrong": ["c", "d"], "negative": ["e"]}
            """);

        var items = RgbDataset.Load(path);

        Assert.Equal(2, items.Count);
        Assert.Equal(["Tampa, Florida"], items[0].Answers);
        Assert.Equal(["July 21 2017", "Jul 21, 2017"], items[1].Answers);
        Assert.Equal("July 1, 2007", items[1].FakeAnswer);
        Assert.Equal(2, items[1].PositiveWrong.Count);
    }

    [Fact]
    public void Bbc_reads_headline_and_body_and_falls_back_to_latin1()
    {
        var topic = Directory.CreateDirectory(_temp.File("bbc/sport")).FullName;
        File.WriteAllText(Path.Combine(topic, "001.txt"), "Header one\n\nBody text.\n");
        File.WriteAllBytes(Path.Combine(topic, "199.txt"), [.. "Price\n\nIt cost "u8, 0xA3, .. "5.\n"u8]);
        File.WriteAllText(_temp.File("bbc/README.TXT"), "not an article");

        var articles = BbcCorpus.Load(_temp.File("bbc"));

        Assert.Equal(2, articles.Count);
        Assert.Equal(("bbc-sport-001", "Header one", "Body text."), (articles[0].Id, articles[0].Title, articles[0].Text));
        Assert.Equal("It cost £5.", articles[1].Text);
    }

    private string Write(string name, string content)
    {
        var path = _temp.File(name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => _temp.Dispose();
}
