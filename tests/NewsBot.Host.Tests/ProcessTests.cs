using System.Text.Json;
using NewsBot.Testing;

namespace NewsBot.Host.Tests;

/// <summary>The built <c>newsbot</c> executable as a separate process: real stdout and stderr, real exit codes.</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Newsbot_ask_json_writes_only_the_reply_to_stdout()
    {
        var (exit, stdout, stderr) = await RunAsync("ask", "where did they meet?", "--json",
            "--articles", RepoPaths.SampleArticles, "--index", _temp.File("newsbot.db"));
        Assert.True(exit == 0, $"exit {exit}\n{stdout}\n{stderr}");
        ReplyAssertions.NamesNewDelhiAndCitesMumbaiSeparately(JsonDocument.Parse(stdout).RootElement);
    }

    [Fact]
    public async Task Newsbot_ask_json_with_azure_openai_reports_the_tokens_the_answer_cost()
    {
        await using var model = (await FakeChatModelServer.StartAsync()).Script(
            FakeChatResponse.Completion("They met in New Delhi [1].") with { PromptTokens = 900, CompletionTokens = 25 });
        File.WriteAllText(_temp.File("appsettings.json"), JsonSerializer.Serialize(new
        {
            ChatModel = new { Provider = "AzureOpenAI", Endpoint = model.ResourceEndpoint, Model = "gpt-4o-mini", PromptsFolder = RepoPaths.Prompts },
            // ask logs warnings only by default; an operator watching cost raises it like this.
            Logging = new { Console = new { LogLevel = new { Default = "Information" } } },
        }));

        var (exit, stdout, stderr) = await RunAsync(new Dictionary<string, string> { ["ChatModel__ApiKey"] = "sk-process-secret" },
            "ask", "where did they meet?", "--json", "--articles", RepoPaths.SampleArticles, "--index", _temp.File("newsbot.db"));

        Assert.True(exit == 0, $"exit {exit}\n{stdout}\n{stderr}");
        var usage = JsonDocument.Parse(stdout).RootElement.GetProperty("usage");
        Assert.Equal(900, usage.GetProperty("promptTokens").GetInt64());
        Assert.Equal(25, usage.GetProperty("completionTokens").GetInt64());
        Assert.Equal(925, usage.GetProperty("totalTokens").GetInt64());
        Assert.Contains("900 prompt tokens, 25 completion tokens, 925 total tokens", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-process-secret", stdout + stderr, StringComparison.Ordinal);
        Assert.StartsWith("/openai/deployments/gpt-4o-mini/chat/completions", model.Requests[^1].Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Newsbot_exits_2_on_bad_usage()
    {
        var (exit, stdout, stderr) = await RunAsync("frobnicate", "--index", _temp.File("newsbot.db"));
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains("frobnicate", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Newsbot_ask_refuses_a_question_over_the_configured_Answering_MaxQuestionChars()
    {
        File.WriteAllText(_temp.File("appsettings.json"), """{ "Answering": { "MaxQuestionChars": 50 } }""");
        var (exit, stdout, stderr) = await RunAsync("ask", new string('x', 60),
            "--articles", RepoPaths.SampleArticles, "--index", _temp.File("newsbot.db"));
        Assert.True(exit == 2, $"exit {exit}\n{stdout}\n{stderr}");
        Assert.Contains("the limit is 50", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Newsbot_ingest_while_another_process_holds_the_index_writes_the_catalog_and_the_holder_indexes_it()
    {
        // This test process plays the host: it opens the index first, so it holds the Lucene writer.
        var indexPath = _temp.File("shared.db");
        using var host = new NewsBot.Core.Index.PassageIndex(
            Microsoft.Extensions.Options.Options.Create(new NewsBot.Core.Index.IndexOptions { Path = indexPath, PollSeconds = 0.2 }),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<NewsBot.Core.Index.PassageIndex>.Instance);
        var folder = Directory.CreateDirectory(_temp.File("incoming")).FullName;
        File.WriteAllText(Path.Combine(folder, "walrus.txt"), "Walrus naps on the pier\n\nA walrus slept on the town pier all afternoon, watched by a crowd.");

        var (exit, stdout, stderr) = await RunAsync("ingest", folder, "--index", indexPath);

        Assert.True(exit == 0, $"exit {exit}\n{stdout}\n{stderr}");
        Assert.Equal("ready", host.SearchIndexState);
        Assert.True(SpinWait.SpinUntil(() => host.Search("walrus pier", 5).Count == 1, TimeSpan.FromSeconds(10)),
            "the host should index the article the other process wrote to the catalog within a few polls");
        var (listExit, list, listErr) = await RunAsync("articles", "--index", indexPath);
        Assert.True(listExit == 0, $"exit {listExit}\n{list}\n{listErr}");
        Assert.Contains("walrus", list, StringComparison.Ordinal);
    }

    [SharedDataFact("datasets/realtimeqa")]
    public async Task Newsbot_bench_cold_starts_newsbot_again_as_its_probe_and_reports_json()
    {
        var indexPath = _temp.File("cold.db");
        var (ingestExit, _, ingestErr) = await RunAsync("ingest", RepoPaths.SampleArticles, "--index", indexPath);
        Assert.True(ingestExit == 0, ingestErr);

        // The probe is this same executable, started by the evaluation project's code (SelfProcess).
        var (exit, stdout, stderr) = await RunAsync("bench", "cold", "--index", indexPath, "--datasets", RepoPaths.InShared("datasets"),
            "--runs", "1", "--more", "2", "--json");

        Assert.True(exit == 0, $"exit {exit}\n{stdout}\n{stderr}");
        var row = Assert.Single(JsonDocument.Parse(stdout).RootElement.GetProperty("tables")[0].GetProperty("rows").EnumerateArray());
        Assert.Equal(1, row.GetProperty("run").GetInt32());
        Assert.Equal(2, row.GetProperty("more answers").GetInt32());
        Assert.True(row.GetProperty("peak RSS MB").GetDouble() > 0);
    }

    private Task<NewsbotRun> RunAsync(params string[] args) => RunAsync(new Dictionary<string, string>(), args);

    // bench cold starts a second process of its own.
    private Task<NewsbotRun> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        NewsbotProcess.RunAsync(_temp.Path, environment, args);

    public void Dispose() => _temp.Dispose();
}
