using System.Text.Json;
using NewsBot.Host.Cli;
using NewsBot.Testing;

namespace NewsBot.Host.Tests;

/// <summary>The verbs run in-process through <c>CliApp.RunAsync</c>, each on its own index file.</summary>
public sealed class CliTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string[] On(params string[] args) => [.. args, "--articles", RepoPaths.SampleArticles, "--index", _temp.File("newsbot.db")];

    [Fact]
    public async Task Ask_json_names_New_Delhi_and_shows_the_Mumbai_report_with_its_own_citation()
    {
        var run = await CliRun.RunAsync(On("ask", "where did they meet?", "--json"));
        Assert.True(run.ExitCode == 0, run.ToString());
        // stdout is the JSON record alone: logs go to stderr.
        ReplyAssertions.NamesNewDelhiAndCitesMumbaiSeparately(JsonDocument.Parse(run.Stdout).RootElement);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(run.Stdout).RootElement.GetProperty("spans").ValueKind);
    }

    [Fact]
    public void A_marked_fact_prints_plainly_and_the_json_record_carries_it_as_start_and_length()
    {
        var reply = FixedReplyWriter.NewDelhiReply();
        using var text = new StringWriter();

        ReplyText.Write(text, reply);
        var json = JsonDocument.Parse(JsonSerializer.Serialize(reply, NewsBot.Host.Web.ApiJson.Indented)).RootElement;

        Assert.Equal("The talks were held in New Delhi [1].", text.ToString().Split(Environment.NewLine)[0]);
        var span = Assert.Single(json.GetProperty("spans").EnumerateArray());
        Assert.Equal([("start", 23), ("length", 9)], span.EnumerateObject().Select(p => (p.Name, p.Value.GetInt32())));
    }

    [Fact]
    public async Task Ask_prints_the_answer_then_numbered_sources_and_notes_that_they_differ()
    {
        var run = await CliRun.RunAsync(On("ask", "where", "did", "they", "meet?"));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Delhi", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Sources:", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("[1] ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains(SampleArticles.MumbaiTitle, run.Stdout, StringComparison.Ordinal);
        Assert.Contains("sources differ", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_prints_the_usage_and_help_of_a_verb_prints_the_verb()
    {
        var all = await CliRun.RunAsync("help");
        var ask = await CliRun.RunAsync("help", "ask");

        Assert.True(all.ExitCode == 0, all.ToString());
        Assert.Contains("ingest", all.Stdout, StringComparison.Ordinal);
        Assert.Contains("articles", all.Stdout, StringComparison.Ordinal);
        Assert.True(ask.ExitCode == 0, ask.ToString());
        Assert.Contains("--json", ask.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Unrecognized", all.Stderr + ask.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_about_the_2022_World_Cup_abstains()
    {
        var json = await CliRun.RunAsync(On("ask", "who won the 2022 World Cup?", "--json"));
        Assert.True(json.ExitCode == 0, json.ToString());
        ReplyAssertions.Abstains(JsonDocument.Parse(json.Stdout).RootElement);

        var text = await CliRun.RunAsync(On("ask", "who won the 2022 World Cup?"));
        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.DoesNotContain("Sources:", text.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Articles_json_lists_both_sample_articles()
    {
        var run = await CliRun.RunAsync(On("articles", "--json"));
        Assert.True(run.ExitCode == 0, run.ToString());
        var page = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal(2, page.GetProperty("total").GetInt32());
        Assert.Equal(1, page.GetProperty("page").GetInt32());
        Assert.True(page.TryGetProperty("pageSize", out _));
        var ids = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.Contains(SampleArticles.NewDelhiId, ids);
        Assert.Contains(SampleArticles.MumbaiId, ids);
    }

    [Fact]
    public async Task Articles_all_and_the_text_listing_show_both_ids()
    {
        var all = await CliRun.RunAsync(On("articles", "--all", "--json"));
        Assert.Equal(2, JsonDocument.Parse(all.Stdout).RootElement.GetProperty("items").GetArrayLength());

        var text = await CliRun.RunAsync(On("articles"));
        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.Contains(SampleArticles.NewDelhiId, text.Stdout, StringComparison.Ordinal);
        Assert.Contains(SampleArticles.MumbaiId, text.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_shows_that_article()
    {
        var text = await CliRun.RunAsync(On("article", SampleArticles.MumbaiId));
        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.StartsWith(SampleArticles.MumbaiTitle, text.Stdout, StringComparison.Ordinal);

        var json = await CliRun.RunAsync(On("article", SampleArticles.MumbaiId, "--json"));
        var article = JsonDocument.Parse(json.Stdout).RootElement;
        Assert.Equal(SampleArticles.MumbaiId, article.GetProperty("id").GetString());
        Assert.True(article.GetProperty("passageCount").GetInt32() >= 1);
    }

    [Fact]
    public async Task Unknown_article_names_the_closest_ids_on_stderr_and_exits_1()
    {
        var run = await CliRun.RunAsync(On("article", "004_97ff55"));
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains(SampleArticles.MumbaiId, run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ask")]
    [InlineData("frobnicate")]
    [InlineData("article")]
    [InlineData("ingest")]
    [InlineData("ask", "--json")]
    [InlineData("ask", " ")]
    public async Task Bad_usage_exits_2_with_the_error_on_stderr(params string[] args)
    {
        var run = await CliRun.RunAsync(On(args));
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.NotEqual("", run.Stderr.Trim());
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public async Task A_question_over_2000_characters_exits_2()
    {
        var run = await CliRun.RunAsync(On("ask", new string('x', 10_000)));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("2,000", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_explicit_articles_folder_that_is_missing_exits_2_naming_it()
    {
        var run = await CliRun.RunAsync("articles", "--articles", _temp.File("no-such-folder"), "--index", _temp.File("newsbot.db"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no-such-folder", run.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
