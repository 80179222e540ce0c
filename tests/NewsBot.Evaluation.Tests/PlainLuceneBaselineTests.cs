using System.Text.Json;
using NewsBot.Core.Articles;
using NewsBot.Core.Passages;
using NewsBot.Evaluation.Bench;
using NewsBot.Testing;

namespace NewsBot.Evaluation.Tests;

/// <summary><c>bench query --baseline plain-lucene</c>: a plain Lucene.Net index of the same passages, beside the product.</summary>
public sealed class PlainLuceneBaselineTests : IDisposable
{
    private const string Syntax = "\"AND OR NOT : * ? ( ) [ ] { } ~ ^ \\ / title:x";

    private static readonly Article[] News =
    [
        new("talks", "Lavrov and Blinken meet at the G-20", Paragraphs(
            "Russian Foreign Minister Sergey Lavrov and U.S. Secretary of State Antony Blinken met briefly in New Delhi on the sidelines of the G-20.",
            "The two ministers spoke for about ten minutes about Ukraine and the New START treaty, officials said afterwards.")),
        new("harvest", "Record wheat harvest in Kansas", Paragraphs(
            "Farmers in Kansas brought in a record wheat harvest this summer after steady spring rain across the plains.",
            "Grain elevators ran out of storage space and prices at the local co-operatives fell for the third week in a row.")),
        new("final", "Cup final decided on penalties", Paragraphs(
            "The cup final at Wembley was decided on penalties after a goalless draw that lasted two hours.",
            "The goalkeeper saved two spot kicks and the captain lifted the trophy in front of sixty thousand supporters.")),
    ];

    private readonly TempDirectory _temp = new();

    [Fact]
    public void The_plain_index_finds_the_passage_a_question_asks_about()
    {
        using var index = Build();

        var ids = index.SearchIds("Where did Blinken and Lavrov meet?", 10);

        Assert.Equal("talks#0", ids[0]);
        Assert.Equal(0, index.FailedQueries);
    }

    [Fact]
    public void A_question_full_of_query_parser_syntax_is_searched_not_thrown()
    {
        using var index = Build();

        var bare = index.Search(Syntax, 10);
        var ids = index.SearchIds("Which wheat harvest was a record? " + Syntax, 10);

        Assert.NotNull(bare);
        Assert.Equal("harvest#0", ids[0]);
        Assert.Equal(0, index.FailedQueries);
    }

    [Fact]
    public void A_question_that_still_does_not_parse_is_a_failed_query_with_no_hits()
    {
        using var index = Build();

        // Escaping leaves the operator words: a trailing NOT has nothing to negate.
        var ids = index.SearchIds("Who won the cup final and who did NOT", 10);

        Assert.Empty(ids);
        Assert.Equal(1, index.FailedQueries);
        Assert.Equal(1, index.Asked);
    }

    [Fact]
    public void A_corpus_selection_replays_exactly_the_passages_taken()
    {
        var corpus = new ScaleCorpus(News);
        var stream = corpus.Articles().Take(5).ToArray();
        var selection = new CorpusSelection();
        selection.Add(0, stream[0].Passages.Count);
        selection.Add(4, 1);

        var replayed = selection.Replay(corpus).Select(p => p.Id).ToArray();

        Assert.Equal([.. stream[0].Passages.Select(p => p.Id), stream[4].Passages[0].Id], replayed);
        Assert.Equal(replayed.Length, selection.Passages);
    }

    [Fact]
    public void The_report_has_an_engine_column_only_with_the_baseline()
    {
        var load = new QueryLoad(["Where did Blinken and Lavrov meet?", "Which wheat harvest was a record?", Syntax], WarmUp: 1, MaxQueries: 4,
            TimeSpan.FromMilliseconds(50));
        var settings = new Dictionary<string, string?>();

        var plain = QueryBench.Run(new ScaleCorpus(News), "three articles", [8], threads: 2, load, null, settings);
        var both = QueryBench.Run(new ScaleCorpus(News), "three articles", [8], threads: 2, load, null, settings, QueryBaseline.PlainLucene);

        string[] today = ["passages", "articles", "build passages/s", "index MB", "p50 ms", "p99 ms", "queries", "q/s (2 threads)",
            "p50 ms (2 threads)", "p99 ms (2 threads)", "peak RSS MB (peak RSS incl. build)"];
        var plainTable = Assert.Single(plain.Tables);
        Assert.Equal(today, plainTable.Columns);
        Assert.Equal(8L, Assert.Single(plainTable.Rows)[0]);
        Assert.DoesNotContain("baseline", plain.Setup.Keys);
        var bothTable = Assert.Single(both.Tables);
        Assert.Equal(["engine", .. today], bothTable.Columns);
        Assert.Equal([QueryBench.ProductEngine, QueryBench.PlainLuceneEngine], bothTable.Rows.Select(r => r[0]));
        Assert.All(bothTable.Rows, r => Assert.Equal(8L, r[1]));
        Assert.Equal(bothTable.Rows[0][2], bothTable.Rows[1][2]);
        Assert.Contains("0 of ", both.Setup["baseline failed queries"]);

        using var json = JsonDocument.Parse(ReportWriter.ToJson(both));
        var row = json.RootElement.GetProperty("tables")[0].GetProperty("rows")[1];
        Assert.Equal("plain Lucene.Net", row.GetProperty("engine").GetString());
        Assert.True(row.GetProperty("q/s (2 threads)").GetDouble() > 0);
    }

    public void Dispose() => _temp.Dispose();

    private PlainLuceneIndex Build() =>
        PlainLuceneIndex.Build(_temp.File("plain"), News.SelectMany(PassageSplitter.Split).Select(PlainDocument.From));

    /// <summary>Two paragraphs of some 70 words each, so that each is a passage.</summary>
    private static string Paragraphs(string first, string second) =>
        string.Join("\n\n", new[] { first, second }.Select(s => string.Join(" ", Enumerable.Repeat(s, 3))));
}
