using NewsBot.Core.Articles;
using NewsBot.Evaluation;
using NewsBot.Evaluation.Bench;
using NewsBot.Evaluation.Runs;
using NewsBot.Testing;

namespace NewsBot.Evaluation.Tests;

/// <summary>The runners on tiny hand-made data through the real core and a real SQLite file.</summary>
public sealed class EvalRunTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Squad_run_finds_each_questions_paragraph_and_reports_recall()
    {
        var path = _temp.File("squad.json");
        File.WriteAllText(path, """
            {"data":[
             {"title":"Volcanoes","paragraphs":[
               {"context":"Mount Etna erupted in Sicily in March, sending lava towards the village of Zafferana.","qas":[{"id":"a","question":"Where did Mount Etna erupt?","answers":[{"text":"Sicily"}]}]},
               {"context":"Geologists measure magma pressure with tiltmeters placed around the crater rim.","qas":[{"id":"b","question":"What do geologists use to measure magma pressure?","answers":[{"text":"tiltmeters"}]}]}]},
             {"title":"Football","paragraphs":[
               {"context":"The Denver Broncos defeated the Carolina Panthers to win Super Bowl 50 in Santa Clara.","qas":[{"id":"c","question":"Which team won Super Bowl 50?","answers":[{"text":"Denver Broncos"}]}]}]}]}
            """);

        var report = SquadRetrievalRun.Run(path, new EvalSettings());

        var retrieval = report.Tables[0].Rows.ToDictionary(r => (string)r[0]!, r => r[1]);
        Assert.Equal(1.0, retrieval["recall@1"]);
        Assert.Equal(1.0, retrieval["MRR@10"]);
        Assert.Contains("3 of 3", report.Setup["questions"]);
    }

    [Fact]
    public async Task Articles_written_for_the_ingester_come_back_with_their_ids_and_links()
    {
        using var workspace = EvalWorkspace.Keep(_temp.File("ws"));
        using var core = workspace.OpenCore();
        Article[] articles =
        [
            new("rtqa-abc123", "Squid Game returns", "Netflix announced that Squid Game is coming back for a second season.", "https://cnn.com/a", new DateTimeOffset(2022, 6, 12, 0, 0, 0, TimeSpan.Zero)),
            new("bbc-tech-001", "Ink helps drive democracy", "The Kyrgyz Republic is using invisible ink in its elections."),
        ];

        var report = await workspace.IngestAsync(core, articles, CancellationToken.None);

        Assert.Equal(2, report.Added);
        var hit = Assert.Single(core.Index.Search("Squid Game second season", 1));
        Assert.Equal("rtqa-abc123", hit.Passage.ArticleId);
        Assert.Equal("https://cnn.com/a", hit.Passage.Url);
        Assert.NotNull(core.Index.FindArticle("bbc-tech-001"));
    }

    [Fact]
    public void Scale_index_grows_to_exact_passage_counts_with_perturbed_copies()
    {
        var news = Enumerable.Range(0, 3).Select(i => new Article($"n{i}", $"Story {i}",
            string.Join("\n\n", Enumerable.Range(0, 4).Select(p => $"Paragraph {p} of story {i} tells of harbour cranes, river barges and grain prices in port number {i}. "
                + "Officials said the new schedule would start next week and run until the end of the season.")))).ToArray();
        using var workspace = EvalWorkspace.Keep(_temp.File("scale"));
        using var core = workspace.OpenCore();
        using var scale = new ScaleIndex(core.Index, new ScaleCorpus(news));

        scale.GrowTo(7);
        Assert.Equal(7, scale.Passages);
        scale.GrowTo(25);

        Assert.Equal(25, scale.Passages);
        Assert.NotNull(core.Index.FindArticle("n0~1"));
        var copy = core.Index.FindArticle("n0~2");
        Assert.NotNull(copy);
        Assert.NotEqual(core.Index.FindArticle("n0")!.OpeningPassage, copy.OpeningPassage);
    }

    public void Dispose() => _temp.Dispose();
}
