using System.Reflection;
using NewsBot.Host.Cli;

namespace NewsBot.Host.Tests;

/// <summary>The host is the executable and its wiring; datasets, runs and benches live in NewsBot.Evaluation.</summary>
public sealed class HostLayoutTests
{
    private static readonly Assembly Host = typeof(CliApp).Assembly;

    [Fact]
    public void The_host_assembly_holds_no_evaluation_code()
    {
        var evaluation = Host.GetTypes()
            .Where(t => t.Namespace?.Split('.').Contains("Evaluation") == true)
            .Select(t => t.FullName)
            .ToArray();

        Assert.Empty(evaluation);
    }

    [Fact]
    public void The_eval_and_bench_verbs_call_the_evaluation_project()
    {
        var reference = Assert.Single(Host.GetReferencedAssemblies(), a => a.Name == "NewsBot.Evaluation");
        var types = Assembly.Load(reference).GetTypes().Select(t => t.FullName).ToHashSet();

        Assert.Contains("NewsBot.Evaluation.Runs.SquadRetrievalRun", types);
        Assert.Contains("NewsBot.Evaluation.Bench.ColdStartBench", types);
        Assert.Contains("NewsBot.Evaluation.Bench.ColdProbe", types);
    }
}
