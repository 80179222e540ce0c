using System.Net.Http.Json;
using System.Text.Json;

namespace NewsBot.Host.Tests;

/// <summary><c>POST /api/ask/stream</c>: Server-Sent Events with text pieces, then the checked reply.</summary>
public sealed class AskStreamTests
{
    [Fact]
    public async Task Stream_sends_deltas_then_the_checked_reply_last()
    {
        await using var host = await RunningHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/ask/stream")
        {
            Content = JsonContent.Create(new { question = "where did they meet?", conversationId = "tab-1" }),
        };
        using var response = await host.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);

        var events = ParseEvents(await response.Content.ReadAsStringAsync());
        Assert.Contains(events, e => e.Name == "delta");
        var (name, data) = events[^1];
        Assert.Equal("reply", name);
        Assert.Single(events, e => e.Name == "reply");

        var streamed = string.Concat(events.Where(e => e.Name == "delta").Select(e => JsonSerializer.Deserialize<string>(e.Data)));
        Assert.Contains("Delhi", streamed, StringComparison.OrdinalIgnoreCase);
        ReplyAssertions.NamesNewDelhiAndCitesMumbaiSeparately(JsonDocument.Parse(data).RootElement);
    }

    [Fact]
    public async Task The_final_reply_event_carries_the_spans()
    {
        await using var host = await RunningHost.StartAsync(services: FixedReplyWriter.Serving(FixedReplyWriter.NewDelhiReply()));
        using var response = await host.Client.PostAsJsonAsync("api/ask/stream", new { question = "where did they meet?" });
        response.EnsureSuccessStatusCode();

        var (name, data) = ParseEvents(await response.Content.ReadAsStringAsync())[^1];

        Assert.Equal("reply", name);
        var span = Assert.Single(JsonDocument.Parse(data).RootElement.GetProperty("spans").EnumerateArray());
        Assert.Equal("""{"start":23,"length":9}""", span.GetRawText());
    }

    private static List<(string Name, string Data)> ParseEvents(string text)
    {
        var events = new List<(string, string)>();
        foreach (var block in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = block.Split('\n');
            var name = lines.Single(l => l.StartsWith("event: ", StringComparison.Ordinal))["event: ".Length..];
            var data = lines.Single(l => l.StartsWith("data: ", StringComparison.Ordinal))["data: ".Length..];
            events.Add((name, data));
        }
        return events;
    }
}
