using System.Text.Json.Nodes;
using NewsBot.Slack.Tests.Fakes;
using NewsBot.Testing;

namespace NewsBot.Slack.Tests.Conformance;

/// <summary>What the bot sends has the fields of the documented request shapes (protocols.md B3, B4).</summary>
public sealed class SlackOutgoingShapeConformanceTests
{
    private static void AssertHasFieldsOf(JsonObject documented, JsonObject sent)
    {
        foreach (var (name, value) in documented)
        {
            Assert.True(sent.ContainsKey(name), $"sent body lacks '{name}'");
            Assert.Equal(value!.GetValueKind(), sent[name]!.GetValueKind());
        }
        var documentedTypes = documented["blocks"]!.AsArray().Select(b => b!["type"]!.GetValue<string>()).Distinct();
        var sentTypes = sent["blocks"]!.AsArray().Select(b => b!["type"]!.GetValue<string>()).ToHashSet();
        Assert.All(documentedTypes, t => Assert.Contains(t, sentTypes));
    }

    [SharedDataFact("protocol-fixtures/slack/web_api/chat.postMessage.thread_reply.request.composed.json")]
    public async Task A_threaded_answer_and_a_response_url_answer_carry_the_documented_fields()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack);

        await bot.PostSignedAsync("/slack/events", Payloads.Callback("EvShape", Payloads.Mention("where did they meet?", ts: "1700030000.000001")).ToJsonString());
        await bot.PostSignedAsync("/slack/commands", Payloads.SlashForm("/ask", "where did they meet?", slack.ResponseUrl("shape")), "application/x-www-form-urlencoded");
        await Eventually.TrueAsync(() => slack.CallsTo("chat.update").Count == 1 && slack.CallsTo("response_url:shape").Count == 1, "both answered");

        // The thread reply is posted, then edited into the answer: together they carry the documented request.
        var post = slack.CallsTo("chat.postMessage").Single().Body;
        var answer = (JsonObject)slack.CallsTo("chat.update").Single().Body.DeepClone();
        answer["thread_ts"] = post["thread_ts"]!.DeepClone();
        answer["unfurl_links"] = post["unfurl_links"]!.DeepClone();
        AssertHasFieldsOf(Fixtures.Json("web_api/chat.postMessage.thread_reply.request.composed.json"), answer);
        AssertHasFieldsOf(Fixtures.Json("slash_commands/response_url_post.in_channel.composed.json"), slack.CallsTo("response_url:shape").Single().Body);
    }
}
