namespace NewsBot.Host.Tests;

/// <summary>The web chat page and the command endpoint it types into.</summary>
public sealed class ChatPageTests
{
    [Fact]
    public async Task Root_serves_the_chat_page_with_a_strict_content_security_policy()
    {
        await using var host = await RunningHost.StartAsync();
        using var response = await host.Client.GetAsync("/");
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("id=\"question\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);

        foreach (var asset in new[] { "chat.js", "render.js", "chat.css" })
            Assert.True((await host.Client.GetAsync(asset)).IsSuccessStatusCode, asset);
    }

    [Theory]
    [InlineData("where did they meet?", "ask")]
    [InlineData("/articles", "articles")]
    [InlineData("articles 1 ukraine", "articles")]
    [InlineData("/article 004_97ff55d69b32dccd", "article")]
    [InlineData("/help", "help")]
    public async Task Command_endpoint_parses_what_was_typed_like_every_front_end(string text, string kind)
    {
        await using var host = await RunningHost.StartAsync();
        var result = await host.PostJsonAsync("api/command", new { text });
        Assert.Equal(kind, result.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Command_articles_and_article_carry_the_listing_and_the_article()
    {
        await using var host = await RunningHost.StartAsync();
        var listing = await host.PostJsonAsync("api/command", new { text = "/articles" });
        Assert.Equal(2, listing.GetProperty("page").GetProperty("total").GetInt32());

        var article = await host.PostJsonAsync("api/command", new { text = "/article " + SampleArticles.MumbaiId });
        Assert.Equal(SampleArticles.MumbaiTitle, article.GetProperty("article").GetProperty("title").GetString());

        var unknown = await host.PostJsonAsync("api/command", new { text = "/article 004_97ff" });
        Assert.Equal(System.Text.Json.JsonValueKind.Null, unknown.GetProperty("article").ValueKind);
        Assert.Contains(SampleArticles.MumbaiId, unknown.GetProperty("closestIds").EnumerateArray().Select(e => e.GetString()));
    }
}
