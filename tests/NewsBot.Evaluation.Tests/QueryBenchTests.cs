using NewsBot.Evaluation;
using NewsBot.Evaluation.Bench;
using NewsBot.Testing;

namespace NewsBot.Evaluation.Tests;

/// <summary><c>bench query --index</c> measures an existing index as it is, with <c>--set</c> overrides applied.</summary>
public sealed class QueryBenchTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task An_existing_index_is_measured_at_its_size_with_the_given_settings()
    {
        var index = _temp.File("index.db");
        using (var core = CoreServices.Open(index))
            await core.Ingester.IngestAsync([RepoPaths.SampleArticles], sync: false, CancellationToken.None);
        var load = new QueryLoad(["Where did Blinken and Lavrov meet?"], WarmUp: 1, MaxQueries: 4, TimeSpan.FromMilliseconds(50));
        var settings = new Dictionary<string, string?> { ["Index:Search:Candidates"] = "7" };

        var report = QueryBench.RunOn(index, threads: 2, load, settings);

        var row = Assert.Single(Assert.Single(report.Tables).Rows);
        Assert.True(row[0] is long passages && passages > 0, $"passages: {row[0]}");
        Assert.Null(row[2]);
        Assert.Equal("Index:Search:Candidates=7", report.Setup["settings"]);
    }

    [Fact]
    public void A_missing_index_is_a_clear_error_not_a_new_empty_file()
    {
        var missing = _temp.File("absent.db");

        Assert.Throws<FileNotFoundException>(() => QueryBench.RunOn(missing, 1, new QueryLoad(["q"], 0, 1, TimeSpan.Zero), new Dictionary<string, string?>()));
        Assert.False(File.Exists(missing));
    }

    public void Dispose() => _temp.Dispose();
}
