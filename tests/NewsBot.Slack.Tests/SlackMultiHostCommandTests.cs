using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Answering;
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
    private const string Form = "application/x-www-form-urlencoded";

    [PostgresFact]
    public async Task An_event_delivered_again_on_the_other_hosts_socket_is_acked_on_both_and_answered_once()
    {
        await using var hosts = await SlackTwoHosts.StartAsync(cluster, socketMode: true);
        const string ts = "1700070000.000001";

        await hosts.FirstSocket!.SendAsync(SlackSocketModeTests.MentionEnvelope("env-one", "EvSockets", ts));
        await hosts.SecondSocket!.SendAsync(SlackSocketModeTests.MentionEnvelope("env-two", "EvSockets", ts, retry: 1));

        await Eventually.TrueAsync(() => SlackSocketModeTests.AcksFor(hosts.Slack, "env-one").Count == 1 && SlackSocketModeTests.AcksFor(hosts.Slack, "env-two").Count == 1,
            "each socket acks its envelope");
        Assert.Equal(hosts.FirstSocket.Number, SlackSocketModeTests.AcksFor(hosts.Slack, "env-one")[0].Connection);
        Assert.Equal(hosts.SecondSocket.Number, SlackSocketModeTests.AcksFor(hosts.Slack, "env-two")[0].Connection);
        await Eventually.TrueAsync(() => hosts.Slack.CallsTo("chat.update").Count >= 1, "the answer is written");
        await hosts.IdleAsync();
        Assert.Single(hosts.Slack.CallsTo("chat.postMessage"));
        Assert.Single(hosts.Slack.CallsTo("chat.update"));
    }

    [PostgresFact]
    public async Task A_slash_command_delivered_to_both_hosts_over_http_and_over_their_sockets_is_answered_once_each()
    {
        await using var hosts = await SlackTwoHosts.StartAsync(cluster, socketMode: true);
        var overHttp = Payloads.SlashForm("/ask", SlackMultiHostTests.Question, hosts.Slack.ResponseUrl("http"), triggerId: "300.1.http");
        var overSockets = Payloads.SlashJson("/articles", "", hosts.Slack.ResponseUrl("sockets"));

        await hosts.PostToBothAsync("/slack/commands", overHttp, Form);
        await hosts.FirstSocket!.SendAsync(Payloads.Envelope("env-cmd-one", overSockets.DeepClone().AsObject(), "slash_commands", acceptsResponsePayload: true));
        await hosts.SecondSocket!.SendAsync(Payloads.Envelope("env-cmd-two", overSockets.DeepClone().AsObject(), "slash_commands", acceptsResponsePayload: true, retryAttempt: 1));

        await Eventually.TrueAsync(() => hosts.Slack.CallsTo("response_url:http").Count >= 1 && hosts.Slack.CallsTo("response_url:sockets").Count >= 1,
            "both commands answered");
        await Eventually.TrueAsync(() => SlackSocketModeTests.AcksFor(hosts.Slack, "env-cmd-one").Count == 1 && SlackSocketModeTests.AcksFor(hosts.Slack, "env-cmd-two").Count == 1,
            "both envelopes acked");
        await hosts.IdleAsync();
        SlackEndToEndTests.AssertCitesSampleArticles(Assert.Single(hosts.Slack.CallsTo("response_url:http")));
        Assert.Single(hosts.Slack.CallsTo("response_url:sockets"));
    }

    [PostgresFact]
    public async Task A_slash_command_whose_host_was_killed_mid_answer_is_answered_once_by_the_other_host()
    {
        var held = new HeldAnswerWriter();
        await using var hosts = await SlackTwoHosts.StartAsync(cluster, first: s => s.AddSingleton<IAnswerWriter>(held));

        SlackTwoHosts.AssertAcknowledged(await hosts.First.PostSignedAsync("/slack/commands",
            Payloads.SlashForm("/ask", SlackMultiHostTests.Question, hosts.Slack.ResponseUrl("killed")), Form));
        await held.Started.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await hosts.First.DisposeAsync();

        await Eventually.TrueAsync(() => hosts.Slack.CallsTo("response_url:killed").Count >= 1, "the survivor answers the dead host's command", timeoutMs: 15_000);
        await hosts.Second.IdleAsync();
        // Answered and marked so: nothing more comes of it after another lease.
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        SlackEndToEndTests.AssertCitesSampleArticles(Assert.Single(hosts.Slack.CallsTo("response_url:killed")));
    }
}
