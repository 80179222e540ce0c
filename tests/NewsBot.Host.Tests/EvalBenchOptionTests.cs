using NewsBot.Host.Cli;

namespace NewsBot.Host.Tests;

/// <summary>The <c>eval</c> and <c>bench</c> verbs' own parsing: <c>--set</c> pairs and <c>--passages</c> sizes.</summary>
public sealed class EvalBenchOptionTests
{
    [Fact]
    public void Set_pairs_become_core_settings()
    {
        var settings = EvalOptions.ParseSettings(["Extractive:MinCoverage=0.4", "Answering:TopK = 8"]);

        Assert.Equal("0.4", settings["Extractive:MinCoverage"]);
        Assert.Equal("8", settings["Answering:TopK"]);
    }

    [Fact]
    public void A_set_without_equals_is_a_clear_error() =>
        Assert.Contains("Key=Value", Assert.Throws<FormatException>(() => EvalOptions.ParseSettings(["MinCoverage"])).Message);

    [Theory]
    [InlineData("10000,100000,1000000", new long[] { 10_000, 100_000, 1_000_000 })]
    [InlineData("10k, 1M", new long[] { 10_000, 1_000_000 })]
    [InlineData("2.5k", new long[] { 2_500 })]
    public void Sizes_accept_plain_counts_and_k_m_suffixes(string text, long[] expected) =>
        Assert.Equal(expected, BenchOptions.ParseSizes(text));

    [Theory]
    [InlineData("ten")]
    [InlineData("-5")]
    [InlineData("0")]
    public void A_size_that_is_not_a_positive_count_is_a_clear_error(string text) =>
        Assert.Contains("passage count", Assert.Throws<FormatException>(() => BenchOptions.ParseSizes(text)).Message);

    [Fact]
    public async Task Bench_scale_out_without_a_PostgreSQL_server_named_is_a_clear_usage_error()
    {
        var run = await CliRun.RunAsync("bench", "scale-out", "--passages", "1000");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Storage__ConnectionString", run.Stderr);
    }
}
