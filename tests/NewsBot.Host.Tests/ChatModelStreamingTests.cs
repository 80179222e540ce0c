using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Playwright;
using NewsBot.Testing;

namespace NewsBot.Host.Tests;

/// <summary>
/// With a chat model configured, <c>POST /api/ask/stream</c> relays the model's SSE chunks to the web chat as they
/// arrive, and ends with the checked reply record (citation check applied). The model is a real OpenAI-compatible
/// server on 127.0.0.1.
/// </summary>
public sealed class ChatModelStreamingTests
{
    private const string ModelText = "They met in New Delhi [1]; one report says Mumbai [2] [9].";

    [Fact]
    public async Task Model_text_reaches_the_web_chat_piece_by_piece_and_ends_in_the_checked_record()
    {
        var resume = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var model = (await FakeChatModelServer.StartAsync()).Script(
            FakeChatResponse.Completion(ModelText) with { PauseAfterChunks = 3, Resume = resume.Task });
        await using var host = await StartHostAsync(model);
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/ask/stream")
        {
            Content = JsonContent.Create(new { question = "where did they meet?", conversationId = "tab-1" }),
        };

        using var response = await host.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        using var events = new SseReader(await response.Content.ReadAsStreamAsync());

        // [1] While the model is paused mid-answer, its first pieces are already in the browser's stream.
        var early = new List<(string Name, string Data)>();
        while (early.Count < 3)
            early.Add(await events.NextAsync() ?? throw new InvalidOperationException("stream ended early"));
        Assert.All(early, e => Assert.Equal("delta", e.Name));
        Assert.Equal("They met in ", string.Concat(early.Select(e => JsonSerializer.Deserialize<string>(e.Data))));

        // [2] The rest follows once the model goes on; the checked record comes last, once.
        resume.SetResult();
        var rest = new List<(string Name, string Data)>();
        while (await events.NextAsync() is { } next)
            rest.Add(next);
        var all = early.Concat(rest).ToList();
        Assert.Equal(ModelText, string.Concat(all.Where(e => e.Name == "delta").Select(e => JsonSerializer.Deserialize<string>(e.Data))));
        Assert.Equal("reply", all[^1].Name);
        Assert.Single(all, e => e.Name == "reply");

        // [3] The record is the checked one: the marker for a passage never given is gone, citations are sound.
        var reply = JsonDocument.Parse(all[^1].Data).RootElement;
        Assert.False(reply.GetProperty("abstained").GetBoolean(), reply.ToString());
        Assert.DoesNotContain("[9]", reply.GetProperty("answer").GetString());
        Assert.NotEmpty(ReplyAssertions.AllCitationsAreSound(reply));
        var sent = Assert.Single(model.Requests);
        Assert.True(sent.Json.GetProperty("stream").GetBoolean());
        Assert.Contains("Question: where did they meet?", sent.MessageContent("user"));
    }

    [ChromiumFact]
    public async Task Web_chat_shows_the_model_text_growing_then_the_checked_answer_with_sources()
    {
        var resume = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var model = (await FakeChatModelServer.StartAsync()).Script(
            FakeChatResponse.Completion(ModelText) with { PauseAfterChunks = 3, Resume = resume.Task });
        await using var host = await StartHostAsync(model);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        var page = await browser.NewPageAsync();

        await page.GotoAsync(host.Address.ToString());
        await page.FillAsync("#question", "where did they meet?");
        await page.PressAsync("#question", "Enter");

        // [1] The model is paused after three pieces: a person already sees them, and no sources yet.
        var bot = page.Locator(".message.bot");
        await Assertions.Expect(bot.Locator(".answer")).ToHaveTextAsync("They met in", new() { Timeout = 10_000 });
        Assert.Equal(0, await bot.Locator(".sources li").CountAsync());

        // [2] Once the model finishes, the checked answer replaces the live text, with its sources.
        resume.SetResult();
        await Assertions.Expect(bot.Locator(".sources li").First).ToBeVisibleAsync(new() { Timeout = 10_000 });
        var answer = await bot.Locator(".answer").InnerTextAsync();
        Assert.Contains("New Delhi", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("9", answer, StringComparison.Ordinal);
        Assert.True(await bot.Locator(".answer button.cite").CountAsync() >= 1);
    }

    private static Task<RunningHost> StartHostAsync(FakeChatModelServer model) =>
        RunningHost.StartAsync(app => ((IConfigurationBuilder)app.Configuration).AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ChatModel:Provider"] = "OpenAICompatible",
            ["ChatModel:Endpoint"] = model.Endpoint,
            ["ChatModel:Model"] = "test-model",
            ["ChatModel:Timeout"] = "00:00:15",
            ["ChatModel:PromptsFolder"] = RepoPaths.Prompts,
        }));

    // Reads "event: name\ndata: json\n\n" blocks one at a time, as the web chat's EventSource parser does.
    private sealed class SseReader(Stream stream) : IDisposable
    {
        private readonly StreamReader _reader = new(stream);

        public async Task<(string Name, string Data)?> NextAsync()
        {
            string? name = null;
            string? data = null;
            while (await _reader.ReadLineAsync() is { } line)
            {
                if (line.Length == 0 && data is not null)
                    return (name ?? "message", data);
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                    name = line["event: ".Length..];
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                    data = line["data: ".Length..];
            }
            return data is null ? null : (name ?? "message", data);
        }

        public void Dispose() => _reader.Dispose();
    }
}
