using NewsBot.Evaluation;
using NewsBot.Evaluation.Runs;

namespace NewsBot.Evaluation.Tests;

public sealed class EvalOptionTests
{
    [Fact]
    public void Sweep_parses_key_and_values_and_applies_one_value_over_the_settings()
    {
        var sweep = ThresholdSweep.Parse("Extractive:MinCoverage=0.3, 0.5,0.7");

        Assert.Equal("Extractive:MinCoverage", sweep.Key);
        Assert.Equal([0.3, 0.5, 0.7], sweep.Values);
        var applied = sweep.Apply(new Dictionary<string, string?> { ["Answering:TopK"] = "8" }, 0.5);
        Assert.Equal("0.5", applied["Extractive:MinCoverage"]);
        Assert.Equal("8", applied["Answering:TopK"]);
    }

    [Theory]
    [InlineData("MinCoverage")]
    [InlineData("Extractive:MinCoverage=")]
    [InlineData("Extractive:MinCoverage=low")]
    public void A_malformed_sweep_is_a_clear_error(string text) =>
        Assert.Throws<FormatException>(() => ThresholdSweep.Parse(text));

    [Fact]
    public void A_question_cap_spreads_evenly_over_the_dataset()
    {
        var capped = new EvalSettings(MaxQuestions: 4).Cap(Enumerable.Range(0, 100));

        Assert.Equal([0, 25, 50, 75], capped);
        Assert.Equal(100, new EvalSettings().Cap(Enumerable.Range(0, 100)).Count);
    }

    [Fact]
    public void Report_prints_as_a_markdown_table_and_as_json_with_numbers()
    {
        var report = new Report("SQuAD", new Dictionary<string, string> { ["questions"] = "2" },
            [new ReportTable("Retrieval", ["measure", "value"], [["recall@5", 0.9412], ["queries", 10570], ["p99 ms", double.NaN]])]);

        var markdown = ReportWriter.Markdown(report);
        var json = ReportWriter.ToJson(report);

        Assert.Contains("| recall@5 | 0.941 |", markdown);
        Assert.Contains("| queries | 10,570 |", markdown);
        Assert.Contains("| p99 ms | – |", markdown);
        Assert.Contains("- questions: 2", markdown);
        Assert.Contains("\"value\": 0.9412", json);
    }
}
