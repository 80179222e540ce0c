using System.Net;
using System.Text.Json.Nodes;
using NewsBot.Slack.Tests.Fakes;
using NewsBot.Testing;

namespace NewsBot.Slack.Tests;

/// <summary>
/// The whole path: Slack → the bot (real core over the sample articles) → Slack. Asserts stable facts (the sources
/// cited, where the reply goes), not wording.
/// </summary>
public sealed class SlackEndToEndTests
{
    private const string DelhiTitle = "Lavrov-Blinken Talks on Ukraine Crisis at G-20";
    private const string MumbaiTitle = "First meeting between Blinken and Lavrov since the Ukraine War";
    private const string DelhiId = "000_6a9e5e658e7f90a5";
    private const string MumbaiId = "004_97ff55d69b32dccd";

    internal static void AssertCitesSampleArticles(FakeSlackCall call)
    {
        var blocks = call.Body["blocks"]!.AsArray().OfType<JsonObject>().ToList();
        Assert.Equal("section", blocks[0]["type"]!.GetValue<string>());
        var contexts = blocks.Where(b => b["type"]!.GetValue<string>() == "context").Select(b => b.ToJsonString()).ToList();
        Assert.Contains(contexts, c => c.Contains(DelhiTitle) || c.Contains(MumbaiTitle));
        Assert.Contains("Delhi", blocks[0]["text"]!["text"]!.GetValue<string>());
        Assert.Contains("[1]", blocks[0]["text"]!["text"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(call.Str("text")), "a plain-text fallback for notifications");
    }

    [Fact]
    public async Task A_signed_mention_is_answered_in_its_thread_with_blocks_citing_the_sample_articles()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack);
        const string ts = "1700010000.000001";

        using var response = await bot.PostSignedAsync("/slack/events", Payloads.Callback("EvE2E1", Payloads.Mention("where did they meet?", ts: ts)).ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.TrueAsync(() => slack.CallsTo("chat.update").Count == 1, "the answer replaces the placeholder");
        var placeholder = Assert.Single(slack.CallsTo("chat.postMessage"));
        Assert.Equal(ts, placeholder.Str("thread_ts"));
        Assert.Equal(Payloads.Channel, placeholder.Str("channel"));
        var answer = slack.CallsTo("chat.update").Single();
        Assert.Equal(Payloads.Channel, answer.Str("channel"));
        Assert.Equal("1700000000.000001", answer.Str("ts"));
        AssertCitesSampleArticles(answer);
        Assert.Equal(ts, slack.CallsTo("reactions.add").Single().Str("timestamp"));
        AssertNoSecretsLogged(bot);
    }

    [Fact]
    public async Task The_same_mention_over_socket_mode_is_answered_the_same_way()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack, socketMode: true, http: false);
        var socket = await slack.NextConnectionAsync();

        await socket.SendAsync(SlackSocketModeTests.MentionEnvelope("env-e2e", "EvE2E2", "1700010000.000002"));

        // The ack is sent as soon as the work is queued, but on a busy machine the answer's HTTP calls can reach the
        // fake before the ack frame does: wait for both.
        await Eventually.TrueAsync(() => slack.CallsTo("chat.update").Count == 1 && SlackSocketModeTests.AcksFor(slack, "env-e2e").Count == 1,
            "acked and answered");
        await bot.IdleAsync();
        Assert.Single(SlackSocketModeTests.AcksFor(slack, "env-e2e"));
        Assert.Equal("1700010000.000002", slack.CallsTo("chat.postMessage").Single().Str("thread_ts"));
        AssertCitesSampleArticles(slack.CallsTo("chat.update").Single());
        AssertNoSecretsLogged(bot);
    }

    [Fact]
    public async Task Slash_ask_is_acked_at_once_and_answered_in_channel_through_the_response_url()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack);

        using var ack = await bot.PostSignedAsync("/slack/commands", Payloads.SlashForm("/ask", "where did they meet?", slack.ResponseUrl("ask1")), "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        var immediate = JsonNode.Parse(await ack.Content.ReadAsStringAsync())!;
        Assert.Equal("ephemeral", immediate["response_type"]!.GetValue<string>());
        await Eventually.TrueAsync(() => slack.CallsTo("response_url:ask1").Count == 1, "the answer arrives at the response URL");
        var answer = slack.CallsTo("response_url:ask1").Single();
        Assert.Equal("in_channel", answer.Str("response_type"));
        AssertCitesSampleArticles(answer);
        Assert.Empty(slack.CallsTo("chat.postMessage"));
        AssertNoSecretsLogged(bot);
    }

    [Fact]
    public async Task Slash_articles_lists_both_sample_articles_through_the_response_url()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack);

        using var ack = await bot.PostSignedAsync("/slack/commands", Payloads.SlashForm("/articles", "", slack.ResponseUrl("list1")), "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        await Eventually.TrueAsync(() => slack.CallsTo("response_url:list1").Count == 1, "the listing arrives");
        var listing = slack.CallsTo("response_url:list1").Single();
        Assert.Equal("ephemeral", listing.Str("response_type"));
        Assert.Contains(DelhiId, listing.BlocksJson);
        Assert.Contains(MumbaiId, listing.BlocksJson);
        Assert.Contains("2 in all", listing.BlocksJson);
    }

    [Fact]
    public async Task Slash_article_shows_one_article_or_the_closest_ids()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack);

        await bot.PostSignedAsync("/slack/commands", Payloads.SlashForm("/article", DelhiId, slack.ResponseUrl("one")), "application/x-www-form-urlencoded");
        await bot.PostSignedAsync("/slack/commands", Payloads.SlashForm("/article", "004_97ff", slack.ResponseUrl("near")), "application/x-www-form-urlencoded");
        using var empty = await bot.PostSignedAsync("/slack/commands", Payloads.SlashForm("/article", "", slack.ResponseUrl("none")), "application/x-www-form-urlencoded");

        await Eventually.TrueAsync(() => slack.CallsTo("response_url:one").Count == 1 && slack.CallsTo("response_url:near").Count == 1, "both answered");
        Assert.Contains(DelhiTitle, slack.CallsTo("response_url:one").Single().BlocksJson);
        Assert.Contains("New Delhi", slack.CallsTo("response_url:one").Single().BlocksJson);
        Assert.Contains(MumbaiId, slack.CallsTo("response_url:near").Single().Str("text"));
        Assert.Contains("Usage", await empty.Content.ReadAsStringAsync());
        Assert.Empty(slack.CallsTo("response_url:none"));
    }

    [Fact]
    public async Task Slash_help_is_the_ephemeral_acknowledgement_itself()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack);

        using var ack = await bot.PostSignedAsync("/slack/commands", Payloads.SlashForm("/newsbot-help", "", slack.ResponseUrl("help")), "application/x-www-form-urlencoded");

        var body = JsonNode.Parse(await ack.Content.ReadAsStringAsync())!;
        Assert.Equal("ephemeral", body["response_type"]!.GetValue<string>());
        var texts = string.Join("\n", body["blocks"]!.AsArray().Select(b => b!["text"]?["text"] ?? b["elements"]![0]!["text"]).Select(t => t!.GetValue<string>()));
        Assert.Contains("`/articles`", texts);
        Assert.Contains("ask &lt;question&gt;", texts);
    }

    [Fact]
    public async Task A_mention_asking_for_articles_lists_them_in_the_thread()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack);

        await bot.PostSignedAsync("/slack/events", Payloads.Callback("EvList", Payloads.Mention("articles", ts: "1700010000.000005")).ToJsonString());

        await Eventually.TrueAsync(() => slack.CallsTo("chat.postMessage").Count == 1, "listed");
        var post = slack.CallsTo("chat.postMessage").Single();
        Assert.Equal("1700010000.000005", post.Str("thread_ts"));
        Assert.Contains(DelhiId, post.BlocksJson);
    }

    [Fact]
    public async Task A_follow_up_in_the_thread_without_a_mention_continues_the_conversation()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack);
        const string root = "1700010000.000020";

        await bot.PostSignedAsync("/slack/events", Payloads.Callback("EvConv1", Payloads.Mention("where did Lavrov and Blinken meet?", ts: root)).ToJsonString());
        await Eventually.TrueAsync(() => slack.CallsTo("chat.update").Count == 1, "first answer");
        await bot.PostSignedAsync("/slack/events", Payloads.Callback("EvConv2",
            Payloads.Message("and what did they discuss?", Payloads.Channel, "channel", ts: "1700010000.000021", threadTs: root)).ToJsonString());

        await Eventually.TrueAsync(() => slack.CallsTo("chat.update").Count == 2, "the follow-up is answered");
        Assert.All(slack.CallsTo("chat.postMessage"), p => Assert.Equal(root, p.Str("thread_ts")));
        // Answerable only with the first question's context ("they" = Lavrov and Blinken).
        AssertCitesSampleArticles(slack.CallsTo("chat.update")[1]);
    }

    [Fact]
    public async Task A_question_full_of_search_syntax_still_gets_an_answer_not_an_error()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack);
        var hostile = "where did they meet? \"NEAR( * OR AND - ^ :) 🙂 &lt;!channel&gt; " + new string('x', 1_500);

        await bot.PostSignedAsync("/slack/events", Payloads.Callback("EvHuge", Payloads.Mention(hostile, ts: "1700010000.000009")).ToJsonString());

        await Eventually.TrueAsync(() => slack.CallsTo("chat.update").Count == 1, "answered");
        var update = slack.CallsTo("chat.update").Single();
        Assert.DoesNotContain("Sorry", update.Str("text"));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_10000_character_question_gets_a_reply_naming_the_limit()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack);
        var pasted = "where did they meet? " + new string('x', 10_000);

        await bot.PostSignedAsync("/slack/events", Payloads.Callback("EvPaste", Payloads.Mention(pasted, ts: "1700010000.000010")).ToJsonString());

        await Eventually.TrueAsync(() => slack.CallsTo("chat.update").Count == 1, "answered");
        var update = slack.CallsTo("chat.update").Single().Body.ToJsonString();
        Assert.Contains("the limit is 2,000", update);
        Assert.DoesNotContain("New Delhi", update);
        Assert.DoesNotContain(bot.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal));
    }

    internal static void AssertNoSecretsLogged(SlackBot bot)
    {
        Assert.NotEmpty(bot.Logs.Lines);
        foreach (var secret in new[] { FakeSlack.BotToken, FakeSlack.AppToken, SlackBot.SigningSecret, "/response/" })
            Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains(secret, StringComparison.Ordinal));
    }
}
