using System.CommandLine;
using NewsBot.Evaluation;
using NewsBot.Evaluation.Bench;
using NewsBot.Host.Startup;

namespace NewsBot.Host.Cli;

/// <summary>
/// The <c>bench</c> verb: whole-system speed on real news (../shared/datasets), each on its own temporary index:
/// <c>bench ingest</c>, <c>bench query --passages 10k,100k,1M --threads 2 [--baseline plain-lucene]</c>, <c>bench api --passages 100k</c>,
/// <c>bench cold --passages 1M</c>, <c>bench scale-out --passages 100k --join-passages 1M</c>.
/// Heavy: run one at a time, never in tests.
/// </summary>
internal static class BenchVerb
{
    private const string PlainLucene = "plain-lucene";

    public static Command Create(GlobalOptions globals)
    {
        var options = new BenchOptions();
        var bench = new Command("bench", "Measure ingest, query and cold-start speed on real news (temporary indexes)");

        var ingest = new Command("ingest", "Ingest throughput: BBC, then BBC + RealTimeQA GCS") { options.Datasets, options.Json };
        ingest.SetAction(async (parse, ct) => Print(parse, options, await IngestBench.RunAsync(options.Paths(parse), ct)));

        var keep = new Option<string?>("--keep") { Description = "Keep the built index in this new folder (e.g. for bench cold --index or bench query --index)" };
        var baseline = new Option<string?>("--baseline")
        {
            Description = "Also measure another engine on the same passages and questions, in the same run: plain-lucene (Lucene.Net as documented: "
                + "EnglishAnalyzer, BM25, classic QueryParser); adds an engine column",
        };
        baseline.AcceptOnlyFromAmong(PlainLucene);
        var query = new Command("query", "Search latency p50/p99 (1 thread) and throughput (N threads) at each size, or on an existing --index")
        {
            options.Datasets, options.Json, options.Passages, options.Threads, options.Queries, options.Seconds, options.WarmUp, keep, options.Set, baseline,
        };
        query.SetAction(parse =>
        {
            var engine = parse.GetValue(baseline) == PlainLucene ? QueryBaseline.PlainLucene : QueryBaseline.None;
            if (engine != QueryBaseline.None && parse.GetValue(globals.Index) is not null)
                throw new CliUsageException("bench query --baseline indexes the passages it builds; it cannot measure an existing --index.");
            var paths = options.Paths(parse);
            var load = options.Load(parse, BenchQuestions.Load(paths.RealTimeQa));
            var settings = EvalOptions.ParseSettings(parse.GetValue(options.Set) ?? []);
            var threads = parse.GetValue(options.Threads);
            return Print(parse, options, parse.GetValue(globals.Index) is { } existing
                ? QueryBench.RunOn(existing, threads, load, settings)
                : QueryBench.Run(paths, BenchOptions.ParseSizes(parse.GetValue(options.Passages)!), threads, load, parse.GetValue(keep), settings, engine));
        });

        var apiSize = new Option<string>("--passages") { Description = "Index size in passages", DefaultValueFactory = _ => "100000" };
        var api = new Command("api", "POST /api/ask end-to-end latency against the real host (child process on 127.0.0.1:0)")
        {
            options.Datasets, options.Json, apiSize, options.Threads, options.Queries, options.Seconds, options.WarmUp,
        };
        api.SetAction(async (parse, ct) =>
        {
            var paths = options.Paths(parse);
            var load = options.Load(parse, BenchQuestions.Load(paths.RealTimeQa));
            return Print(parse, options, await ApiBench.RunAsync(paths, BenchOptions.ParseSizes(parse.GetValue(apiSize)!)[0], parse.GetValue(options.Threads), load, ct));
        });

        var runs = new Option<int>("--runs") { Description = "Fresh processes to start", DefaultValueFactory = _ => 3 };
        var more = new Option<int>("--more") { Description = "Questions each process answers after the first", DefaultValueFactory = _ => 200 };
        var size = new Option<string>("--passages") { Description = "Size of the index built when --index is not given", DefaultValueFactory = _ => "1000000" };
        var cold = new Command("cold", "Cold start: a fresh process opens an existing index and answers; its peak RSS")
        {
            options.Datasets, options.Json, size, runs, more,
        };
        cold.SetAction(async (parse, ct) => Print(parse, options, await ColdStartBench.RunAsync(options.Paths(parse), parse.GetValue(globals.Index),
            BenchOptions.ParseSizes(parse.GetValue(size)!)[0], parse.GetValue(runs), parse.GetValue(more), ct)));

        var skip = new Option<int>("--skip") { Description = "Questions to skip before the first" };
        var probe = new Command("cold-probe", "(used by bench cold) open --index, answer, report") { Hidden = true };
        foreach (var option in new Option[] { options.Datasets, skip, more })
            probe.Options.Add(option);
        probe.SetAction(async (parse, ct) =>
        {
            var index = parse.GetValue(globals.Index) ?? throw new InvalidOperationException("cold-probe needs --index.");
            await ColdProbe.RunAsync(index, [.. BenchQuestions.Load(options.Paths(parse).RealTimeQa).Skip(parse.GetValue(skip))], parse.GetValue(more), ct);
            return 0;
        });

        var scaleSize = new Option<string>("--passages") { Description = "Collection size for the /api/ask comparison", DefaultValueFactory = _ => "100000" };
        var joinSize = new Option<string?>("--join-passages") { Description = "Grow the PostgreSQL collection to this size, then time a second host joining it (e.g. 1M)" };
        var scaleOut = new Command("scale-out",
            "SQLite against PostgreSQL (Storage__ConnectionString names the server; a database is made for the run and dropped): build pace, /api/ask, a second host joining")
        {
            options.Datasets, options.Json, scaleSize, joinSize, options.Threads, options.Queries, options.Seconds, options.WarmUp,
        };
        scaleOut.SetAction(async (parse, ct) =>
        {
            var server = Environment.GetEnvironmentVariable("Storage__ConnectionString");
            if (string.IsNullOrWhiteSpace(server))
                throw new CliUsageException("bench scale-out needs the environment variable Storage__ConnectionString: a PostgreSQL server and a role with CREATEDB.");
            var paths = options.Paths(parse);
            var load = options.Load(parse, BenchQuestions.Load(paths.RealTimeQa));
            var join = parse.GetValue(joinSize) is { } text ? BenchOptions.ParseSizes(text)[0] : (long?)null;
            return Print(parse, options, await ScaleOutBench.RunAsync(paths, BenchOptions.ParseSizes(parse.GetValue(scaleSize)!)[0], join,
                parse.GetValue(options.Threads), load, server, ct));
        });

        foreach (var command in new[] { ingest, query, api, cold, probe, scaleOut })
            bench.Subcommands.Add(command);
        return bench;
    }

    private static int Print(ParseResult parse, BenchOptions options, Report report)
    {
        options.Print(parse, report);
        return 0;
    }
}
