using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Answering;
using NewsBot.Slack.Tests.Fakes;
using NewsBot.Testing;

namespace NewsBot.Slack.Tests;

/// <summary>
/// Two hosts on one PostgreSQL inbox, reached over Socket Mode (one socket each) and through slash commands: one
/// answer per request, whichever socket or host each delivery reached, and a command taken over from a dead host is
/// answered through its <c>response_url</c> once.
/// </summary>
[Collection(SlackPostgresCollection.Name)]
public sealed class SlackMultiHostCommandTests(PostgresCluster cluster)
{
    private const string Question = "where did they meet?";
    private const string Form = "application/x-www-form-urlencoded";

    [PostgresFact]
    public async Task An_event_delivered_again_on_the_other_hosts_socket_is_acked_on_both_and_answered_once()
    {
        var database = await cluster.CreateDatabaseAsync();
        await using var slack = await FakeSlack.StartAsync();
        await using var first = await SlackBot.StartSharedAsync(slack, database, socketMode: true, http: false);
        var one = await slack.NextConnectionAsync();
        await using var second = await SlackBot.StartSharedAsync(slack, database, socketMode: true, http: false);
        var two = await slack.NextConnectionAsync();
        const string ts = "1700070000.000001";

        await one.SendAsync(SlackSocketModeTests.MentionEnvelope("env-one", "EvSockets", ts));
        await two.SendAsync(SlackSocketModeTests.MentionEnvelope("env-two", "EvSockets", ts, retry: 1));

        await Eventually.TrueAsync(() => SlackSocketModeTests.AcksFor(slack, "env-one").Count == 1 && SlackSocketModeTests.AcksFor(slack, "env-two").Count == 1,
            "each socket acks its envelope");
        Assert.Equal(one.Number, SlackSocketModeTests.AcksFor(slack, "env-one")[0].Connection);
        Assert.Equal(two.Number, SlackSocketModeTests.AcksFor(slack, "env-two")[0].Connection);
        await Eventually.TrueAsync(() => slack.CallsTo("chat.update").Count >= 1, "the answer is written");
        await first.IdleAsync();
        await second.IdleAsync();
        Assert.Single(slack.CallsTo("chat.postMessage"));
        Assert.Single(slack.CallsTo("chat.update"));
    }

    [PostgresFact]
    public async Task A_slash_command_delivered_to_both_hosts_over_http_and_over_their_sockets_is_answered_once_each()
    {
        var database = await cluster.CreateDatabaseAsync();
        await using var slack = await FakeSlack.StartAsync();
        await using var first = await SlackBot.StartSharedAsync(slack, database, socketMode: true);
        var one = await slack.NextConnectionAsync();
        await using var second = await SlackBot.StartSharedAsync(slack, database, socketMode: true);
        var two = await slack.NextConnectionAsync();
        var overHttp = Payloads.SlashForm("/ask", Question, slack.ResponseUrl("http"), triggerId: "300.1.http");
        var overSockets = Payloads.SlashJson("/articles", "", slack.ResponseUrl("sockets"));

        var acks = await Task.WhenAll(first.PostSignedAsync("/slack/commands", overHttp, Form), second.PostSignedAsync("/slack/commands", overHttp, Form));
        await one.SendAsync(Payloads.Envelope("env-cmd-one", overSockets.DeepClone().AsObject(), "slash_commands", acceptsResponsePayload: true));
        await two.SendAsync(Payloads.Envelope("env-cmd-two", overSockets.DeepClone().AsObject(), "slash_commands", acceptsResponsePayload: true, retryAttempt: 1));

        Assert.All(acks, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        await Eventually.TrueAsync(() => slack.CallsTo("response_url:http").Count >= 1 && slack.CallsTo("response_url:sockets").Count >= 1, "both commands answered");
        await Eventually.TrueAsync(() => SlackSocketModeTests.AcksFor(slack, "env-cmd-one").Count == 1 && SlackSocketModeTests.AcksFor(slack, "env-cmd-two").Count == 1,
            "both envelopes acked");
        await first.IdleAsync();
        await second.IdleAsync();
        SlackEndToEndTests.AssertCitesSampleArticles(Assert.Single(slack.CallsTo("response_url:http")));
        Assert.Single(slack.CallsTo("response_url:sockets"));
        foreach (var ack in acks)
            ack.Dispose();
    }

    [PostgresFact]
    public async Task A_slash_command_whose_host_was_killed_mid_answer_is_answered_once_by_the_other_host()
    {
        var database = await cluster.CreateDatabaseAsync();
        await using var slack = await FakeSlack.StartAsync();
        var held = new HeldAnswerWriter();
        await using var dying = await SlackBot.StartSharedAsync(slack, database, s => s.AddSingleton<IAnswerWriter>(held));
        await using var survivor = await SlackBot.StartSharedAsync(slack, database);

        using var ack = await dying.PostSignedAsync("/slack/commands", Payloads.SlashForm("/ask", Question, slack.ResponseUrl("killed")), Form);
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        await held.Started.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await dying.DisposeAsync();

        await Eventually.TrueAsync(() => slack.CallsTo("response_url:killed").Count >= 1, "the survivor answers the dead host's command", timeoutMs: 15_000);
        await survivor.IdleAsync();
        // Answered and marked so: nothing more comes of it after another lease.
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        SlackEndToEndTests.AssertCitesSampleArticles(Assert.Single(slack.CallsTo("response_url:killed")));
    }
}
