using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Core.Answering;

namespace NewsBot.Host.Tests;

/// <summary>Every bad input gets a 400 ProblemDetails that names the problem.</summary>
public sealed class ApiBadInputTests
{
    public static TheoryData<string, string, string> BadBodies => new()
    {
        // endpoint, body, a word the problem's detail must contain
        { "api/ask", "", "empty" },
        { "api/ask", "{\"question\":\"\"}", "empty" },
        { "api/ask", "{\"question\":\"   \"}", "empty" },
        { "api/ask", "{}", "required" },
        { "api/ask", "{\"question\":", "malformed" },
        { "api/ask", "{\"question\":5}", "$.question" },
        { "api/ask", "[\"where did they meet?\"]", "malformed" },
        { "api/ask", "null", "null" },
        { "api/ask", "{\"question\":\"hi\",\"conversationId\":\"" + new string('c', 300) + "\"}", "conversationId" },
        { "api/ask/stream", "{\"question\":\"\"}", "empty" },
        { "api/ask/stream", "not json", "malformed" },
        { "api/search", "{\"query\":\"Mumbai\",\"k\":0}", "'k'" },
        { "api/search", "{\"query\":\"Mumbai\",\"k\":51}", "'k'" },
        { "api/search", "{\"query\":\"Mumbai\",\"k\":\"many\"}", "$.k" },
        { "api/search", "{\"query\":\"\",\"k\":3}", "empty" },
        { "api/command", "{\"text\":\"\"}", "empty" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_body_is_a_400_problem_naming_the_problem(string path, string body, string named)
    {
        await using var host = await RunningHost.StartAsync();
        var problem = await host.PostRawAsync(path, body, expectedStatus: 400);
        AssertProblem(problem, named);
    }

    [Theory]
    [InlineData("api/ask", "question")]
    [InlineData("api/ask/stream", "question")]
    [InlineData("api/search", "query")]
    public async Task A_10000_character_question_is_a_400_naming_the_limit(string path, string field)
    {
        await using var host = await RunningHost.StartAsync();
        var body = JsonSerializer.Serialize(new Dictionary<string, object> { [field] = new string('x', 10_000) });
        var problem = await host.PostRawAsync(path, body, expectedStatus: 400);
        AssertProblem(problem, "2,000");
    }

    [Theory]
    [InlineData("api/ask", "question")]
    [InlineData("api/search", "query")]
    [InlineData("api/command", "text")]
    public async Task The_limit_is_Answering_MaxQuestionChars_when_it_is_set(string path, string field)
    {
        // The options object is the one the endpoints read per request, so a lower setting must refuse 60 characters.
        await using var host = await RunningHost.StartAsync(extend: app =>
            app.Services.GetRequiredService<IOptions<AnsweringOptions>>().Value.MaxQuestionChars = 50);
        var body = JsonSerializer.Serialize(new Dictionary<string, object> { [field] = new string('x', 60) });
        var problem = await host.PostRawAsync(path, body, expectedStatus: 400);
        AssertProblem(problem, "the limit is 50");
    }

    [Fact]
    public async Task A_body_over_64_KB_is_a_400()
    {
        await using var host = await RunningHost.StartAsync();
        var body = JsonSerializer.Serialize(new { question = new string('x', 70_000) });
        var problem = await host.PostRawAsync("api/ask", body, expectedStatus: 400);
        AssertProblem(problem, "64 KB");
    }

    [Theory]
    [InlineData("api/articles?page=abc", "'page'")]
    [InlineData("api/articles?page=0", "'page'")]
    [InlineData("api/articles?page=-1", "'page'")]
    public async Task Bad_listing_query_is_a_400(string path, string named)
    {
        await using var host = await RunningHost.StartAsync();
        var problem = await host.GetJsonAsync(path, expectedStatus: 400);
        AssertProblem(problem, named);
    }

    private static void AssertProblem(JsonElement problem, string named)
    {
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Contains(named, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
