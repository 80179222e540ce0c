using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Host.Startup;
using NewsBot.Host.Web;
using NewsBot.Testing;

namespace NewsBot.Host.Tests;

/// <summary>
/// Several hosts, one collection (<c>Storage:Provider=Postgres</c>): web hosts and the <c>newsbot</c> command line
/// against one PostgreSQL database, each with its own index folder.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresHostTests(PostgresCluster cluster) : IDisposable
{
    private readonly TempDirectory _temp = new();

    [PostgresFact]
    public async Task What_one_host_ingests_the_other_answers_over_api_ask_within_10_seconds_and_both_list_it()
    {
        var database = await cluster.CreateDatabaseAsync();
        var empty = Directory.CreateDirectory(_temp.File("nothing-here")).FullName;
        await using var second = await RunningHost.StartAsync(articles: empty, configuration: Settings(database));
        Assert.Equal(0, (await second.GetJsonAsync("api/articles")).GetProperty("total").GetInt32());

        // The first host syncs the sample articles into the shared catalog as it starts (an ingest on one core).
        await using var first = await RunningHost.StartAsync(configuration: Settings(database));
        Assert.Equal("Healthy\nPassage index: ready, 0 changes behind", await first.Client.GetStringAsync("healthz"));

        await Eventually.TrueAsync(() => !Ask(second).GetProperty("abstained").GetBoolean(),
            "the second host to answer from the first host's articles", timeoutMs: 10_000);
        var reply = Ask(second);
        Assert.Contains("New Delhi", reply.GetProperty("answer").GetString(), StringComparison.Ordinal);
        var firstIds = Ids(await first.GetJsonAsync("api/articles"));
        Assert.Equal(2, firstIds.Count);
        Assert.Equal(firstIds, Ids(await second.GetJsonAsync("api/articles")));
        Assert.All(reply.GetProperty("citations").EnumerateArray(), c => Assert.Contains(c.GetProperty("articleId").GetString(), firstIds));
    }

    [PostgresFact]
    public async Task A_follow_up_sent_to_the_second_hosts_api_ask_is_rewritten_with_the_question_the_first_host_answered()
    {
        var database = await cluster.CreateDatabaseAsync();
        var empty = Directory.CreateDirectory(_temp.File("nothing-here")).FullName;
        await using var second = await RunningHost.StartAsync(articles: empty, configuration: Settings(database));
        await using var first = await RunningHost.StartAsync(configuration: Settings(database));
        await Eventually.TrueAsync(() => !Ask(second).GetProperty("abstained").GetBoolean(),
            "the second host to answer from the first host's articles", timeoutMs: 10_000);

        await first.PostJsonAsync("api/ask", new { question = "where did they meet?", conversationId = "tab-a" });
        var followUp = await second.PostJsonAsync("api/ask", new { question = "and when was that?", conversationId = "tab-a" });
        var otherTab = await second.PostJsonAsync("api/ask", new { question = "and when was that?", conversationId = "tab-b" });

        Assert.Contains("meet", followUp.GetProperty("question").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("and when was that?", otherTab.GetProperty("question").GetString());
    }

    [PostgresFact]
    public async Task The_cli_ingests_lists_shows_and_answers_against_postgres_with_its_own_index_folder_each_run()
    {
        var environment = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres",
            ["Storage__ConnectionString"] = await cluster.CreateDatabaseAsync(),
            ["Embeddings__Provider"] = "None",
        };

        var ingest = await RunAsync(environment, "ingest", RepoPaths.SampleArticles, "--index", _temp.File("ingest/newsbot.db"));
        var list = await RunAsync(environment, "articles", "--json", "--index", _temp.File("list/newsbot.db"));
        var ids = Ids(JsonDocument.Parse(list.Stdout).RootElement);
        var show = await RunAsync(environment, "article", ids[0], "--index", _temp.File("show/newsbot.db"));
        var ask = await RunAsync(environment, "ask", "where did Blinken and Lavrov meet?", "--json", "--index", _temp.File("ask/newsbot.db"));

        Assert.True(ingest.Exit == 0, ingest.ToString());
        Assert.StartsWith("2 added", ingest.Stdout, StringComparison.Ordinal);
        Assert.True(list.Exit == 0, list.ToString());
        Assert.Equal(2, ids.Count);
        Assert.True(show.Exit == 0, show.ToString());
        Assert.Contains(ids[0], show.Stdout, StringComparison.Ordinal);
        Assert.True(ask.Exit == 0, ask.ToString());
        var reply = JsonDocument.Parse(ask.Stdout).RootElement;
        Assert.Contains("New Delhi", reply.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.File("list/newsbot.db")), "no SQLite catalog is made beside a shared one");
    }

    [PostgresFact]
    public async Task With_postgres_down_the_api_and_the_web_chat_say_they_cannot_answer_now_and_answer_again_once_it_is_back()
    {
        await using var host = await RunningHost.StartAsync(configuration: Settings(await cluster.CreateDatabaseAsync()));
        Assert.False(Ask(host).GetProperty("abstained").GetBoolean());

        cluster.Stop();
        try
        {
            var down = await host.PostJsonAsync("api/ask", new { question = "where did Blinken and Lavrov meet?" }, expectedStatus: 503);
            Assert.Contains("cannot answer now", down.GetProperty("detail").GetString(), StringComparison.Ordinal);
            await host.GetJsonAsync("api/articles", expectedStatus: 503);
            using var health = await host.Client.GetAsync("healthz");
            Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.Contains("Passage index: not ready: the catalog cannot be reached", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            using var stream = await host.Client.PostAsJsonAsync("api/ask/stream", new { question = "where did Blinken and Lavrov meet?" });
            var events = await stream.Content.ReadAsStringAsync();
            Assert.Contains("event: error", events, StringComparison.Ordinal);
            Assert.Contains("cannot answer now", events, StringComparison.Ordinal);
        }
        finally
        {
            cluster.Start();
        }

        await Eventually.TrueAsync(() => AskStatus(host) == 200, "the host to answer again once PostgreSQL is back", timeoutMs: 20_000);
        Assert.False(Ask(host).GetProperty("abstained").GetBoolean());
    }

    [PostgresFact]
    public async Task A_host_on_a_shared_catalog_leaves_the_default_articles_folder_out()
    {
        // As `newsbot serve` with no --articles and no --index: the embedded default would sync ./articles.
        var settings = new HostSettings(RepoPaths.SampleArticles, ArticlesGiven: false, IndexPath: null, Urls: "http://127.0.0.1:0");
        var configuration = Settings(await cluster.CreateDatabaseAsync());
        configuration["Index:Path"] = _temp.File("host/newsbot.db");
        await using var app = NewsBotWebApp.Build(settings, moreSettings: configuration);

        var report = await ArticleFolderSync.SyncAsync(app.Services, settings, CancellationToken.None);

        Assert.Null(report);
        Assert.Equal(0, app.Services.GetRequiredService<NewsBot.Core.Index.PassageIndex>().ArticleCount);
    }

    [Fact]
    public async Task The_cli_with_postgres_and_no_connection_string_fails_naming_the_setting()
    {
        var run = await RunAsync(new Dictionary<string, string> { ["Storage__Provider"] = "Postgres" },
            "articles", "--index", _temp.File("newsbot.db"));

        Assert.NotEqual(0, run.Exit);
        Assert.Contains("Storage:ConnectionString", run.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private static Dictionary<string, string?> Settings(string database) => new()
    {
        ["Storage:Provider"] = "Postgres",
        ["Storage:ConnectionString"] = database,
        ["Index:PollSeconds"] = "0.2",
        ["Embeddings:Provider"] = "None",
    };

    private static JsonElement Ask(RunningHost host) =>
        host.PostJsonAsync("api/ask", new { question = "where did Blinken and Lavrov meet?" }).GetAwaiter().GetResult();

    private static int AskStatus(RunningHost host)
    {
        using var response = host.Client.PostAsJsonAsync("api/ask", new { question = "where did Blinken and Lavrov meet?" }).GetAwaiter().GetResult();
        return (int)response.StatusCode;
    }

    private static List<string> Ids(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();

    private Task<NewsbotRun> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        NewsbotProcess.RunAsync(_temp.Path, environment, args);
}
