using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Conversations;

namespace NewsBot.Host.Tests;

/// <summary>The JSON API contract against the real host over the sample articles.</summary>
public sealed class ApiContractTests
{
    [Fact]
    public async Task Ask_where_did_they_meet_names_New_Delhi_and_cites_the_Mumbai_report_separately()
    {
        await using var host = await RunningHost.StartAsync();
        var reply = await host.PostJsonAsync("api/ask", new { question = "where did they meet?" });
        ReplyAssertions.NamesNewDelhiAndCitesMumbaiSeparately(reply);
        Assert.Equal("where did they meet?", reply.GetProperty("question").GetString());
    }

    [Fact]
    public async Task Ask_carries_spans_as_start_and_length_offsets_into_the_answer()
    {
        var fixedReply = FixedReplyWriter.NewDelhiReply();
        await using var host = await RunningHost.StartAsync(services: FixedReplyWriter.Serving(fixedReply));

        var reply = await host.PostJsonAsync("api/ask", new { question = "where did they meet?" });

        var span = Assert.Single(reply.GetProperty("spans").EnumerateArray());
        Assert.Equal(["start", "length"], span.EnumerateObject().Select(p => p.Name));
        var answer = reply.GetProperty("answer").GetString()!;
        Assert.Equal("New Delhi", answer.Substring(span.GetProperty("start").GetInt32(), span.GetProperty("length").GetInt32()));
    }

    [Fact]
    public async Task Ask_always_has_a_spans_array_even_when_the_writer_marks_nothing()
    {
        await using var host = await RunningHost.StartAsync();
        var reply = await host.PostJsonAsync("api/ask", new { question = "who won the 2022 World Cup?" });
        Assert.Equal(JsonValueKind.Array, reply.GetProperty("spans").ValueKind);
    }

    [Fact]
    public async Task A_follow_up_in_the_same_conversation_is_answered_in_context()
    {
        await using var host = await RunningHost.StartAsync();
        await host.PostJsonAsync("api/ask", new { question = "where did they meet?", conversationId = "tab-a" });

        var followUp = await host.PostJsonAsync("api/ask", new { question = "and when was that?", conversationId = "tab-a" });
        Assert.Contains("meet", followUp.GetProperty("question").GetString(), StringComparison.OrdinalIgnoreCase);

        var otherTab = await host.PostJsonAsync("api/ask", new { question = "and when was that?", conversationId = "tab-b" });
        Assert.Equal("and when was that?", otherTab.GetProperty("question").GetString());
    }

    [Fact]
    public async Task A_web_client_cannot_read_or_steer_a_Slack_or_Discord_conversation_by_its_id()
    {
        await using var host = await RunningHost.StartAsync();
        var store = host.App.Services.GetRequiredService<IConversationStore>();
        await store.AddAsync("discord:4242", new ConversationTurn("where did they meet?", "where did they meet?", "In New Delhi [1]."), default);

        var reply = await host.PostJsonAsync("api/ask", new { question = "and when was that?", conversationId = "discord:4242" });

        Assert.Equal("and when was that?", reply.GetProperty("question").GetString()); // nothing of the channel's question
        Assert.Single(await store.RecentAsync("discord:4242", default)); // and nothing added to it
    }

    [Fact]
    public async Task Ask_about_the_2022_World_Cup_abstains()
    {
        await using var host = await RunningHost.StartAsync();
        var reply = await host.PostJsonAsync("api/ask", new { question = "who won the 2022 World Cup?" });
        ReplyAssertions.Abstains(reply);
    }

    [Fact]
    public async Task Ask_with_FTS_syntax_characters_answers_instead_of_failing()
    {
        await using var host = await RunningHost.StartAsync();
        var reply = await host.PostJsonAsync("api/ask", new { question = "\"where (did* they NEAR meet: AND OR ^ -\" 🤝 ?" });
        Assert.Equal(JsonValueKind.String, reply.GetProperty("answer").ValueKind);
    }

    [Fact]
    public async Task Articles_lists_both_sample_articles()
    {
        await using var host = await RunningHost.StartAsync();
        var page = await host.GetJsonAsync("api/articles");
        Assert.Equal(2, page.GetProperty("total").GetInt32());
        Assert.Equal(1, page.GetProperty("page").GetInt32());
        Assert.True(page.GetProperty("pageSize").GetInt32() >= 2);
        var ids = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.Equal([SampleArticles.NewDelhiId, SampleArticles.MumbaiId], ids.Order(StringComparer.Ordinal).ToList()!);
    }

    [Fact]
    public async Task Articles_filter_narrows_the_listing()
    {
        await using var host = await RunningHost.StartAsync();
        var page = await host.GetJsonAsync("api/articles?q=" + SampleArticles.MumbaiId);
        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(SampleArticles.MumbaiId, item.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Article_by_id_shows_that_article()
    {
        await using var host = await RunningHost.StartAsync();
        var article = await host.GetJsonAsync("api/articles/" + SampleArticles.MumbaiId);
        Assert.Equal(SampleArticles.MumbaiId, article.GetProperty("id").GetString());
        Assert.Equal(SampleArticles.MumbaiTitle, article.GetProperty("title").GetString());
        Assert.True(article.GetProperty("passageCount").GetInt32() >= 1);
        Assert.Contains(article.GetProperty("openingPassage").GetString()!, SampleArticles.Text(SampleArticles.MumbaiId), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("world/harbour")]
    [InlineData("world%2Fharbour")]
    public async Task Article_ids_from_subfolders_are_found_with_or_without_encoding(string path)
    {
        using var articles = new NewsBot.Testing.TempDirectory();
        Directory.CreateDirectory(articles.File("world"));
        File.WriteAllText(articles.File("world/harbour.txt"), "Harbour reopens\n\nThe old harbour reopened on Monday after repairs to the sea wall.\n");
        await using var host = await RunningHost.StartAsync(articles: articles.Path);
        var article = await host.GetJsonAsync("api/articles/" + path);
        Assert.Equal("world/harbour", article.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Unknown_article_is_a_404_problem_naming_the_closest_ids()
    {
        await using var host = await RunningHost.StartAsync();
        var problem = await host.GetJsonAsync("api/articles/004_97ff55d69b32dccx", expectedStatus: 404);
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        var closest = problem.GetProperty("closestIds").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains(SampleArticles.MumbaiId, closest);
        Assert.Contains(SampleArticles.MumbaiId, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Search_returns_passages_with_ids_scores_and_text()
    {
        await using var host = await RunningHost.StartAsync();
        var results = await host.PostJsonAsync("api/search", new { query = "Mumbai", k = 3 });
        var hits = results.EnumerateArray().ToList();
        Assert.InRange(hits.Count, 1, 3);
        var first = hits[0];
        Assert.Equal(SampleArticles.MumbaiId, first.GetProperty("articleId").GetString());
        Assert.StartsWith(SampleArticles.MumbaiId + "#", first.GetProperty("passageId").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Number, first.GetProperty("score").ValueKind);
        Assert.Contains("Mumbai", first.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_with_FTS_syntax_characters_does_not_fail()
    {
        await using var host = await RunningHost.StartAsync();
        var results = await host.PostJsonAsync("api/search", new { query = "\"Blinken (AND OR NOT* NEAR( title: ^Lavrov \" -", k = 5 });
        Assert.Equal(JsonValueKind.Array, results.ValueKind);
    }

    [Fact]
    public async Task Healthz_answers_healthy()
    {
        await using var host = await RunningHost.StartAsync();
        using var response = await host.Client.GetAsync("healthz");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unhandled_errors_are_a_500_problem_without_internals()
    {
        await using var host = await RunningHost.StartAsync(app =>
            app.MapGet("/test/throws", string () => throw new InvalidOperationException("secret connection string")));
        using var response = await host.Client.GetAsync("test/throws");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("secret", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
    }
}
