using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Slack.Tests.Fakes;
using NewsBot.Testing;

namespace NewsBot.Slack.Tests;

/// <summary>
/// Two hosts behind one Slack app: one <see cref="FakeSlack"/>, a fresh database on the test's PostgreSQL server (one
/// shared inbox), and a <see cref="SlackBot"/> each (<see cref="SlackBot.StartSharedAsync"/>), the first started and
/// connected before the second. With Socket Mode each host's socket is at hand.
/// </summary>
internal sealed class SlackTwoHosts : IAsyncDisposable
{
    private SlackTwoHosts(FakeSlack slack) => Slack = slack;

    public FakeSlack Slack { get; }

    public SlackBot First { get; private set; } = null!;

    public SlackBot Second { get; private set; } = null!;

    /// <summary>The first host's Socket Mode connection (with <c>socketMode</c> only).</summary>
    public FakeSocketConnection? FirstSocket { get; private set; }

    /// <summary>The second host's Socket Mode connection (with <c>socketMode</c> only).</summary>
    public FakeSocketConnection? SecondSocket { get; private set; }

    /// <param name="first">More registrations for the first host (a <see cref="HeldAnswerWriter"/>, to kill it mid-answer).</param>
    public static async Task<SlackTwoHosts> StartAsync(
        PostgresCluster cluster, bool socketMode = false, Action<IServiceCollection>? first = null)
    {
        var database = await cluster.CreateDatabaseAsync();
        var hosts = new SlackTwoHosts(await FakeSlack.StartAsync());
        try
        {
            hosts.First = await SlackBot.StartSharedAsync(hosts.Slack, database, first, socketMode);
            hosts.FirstSocket = socketMode ? await hosts.Slack.NextConnectionAsync() : null;
            hosts.Second = await SlackBot.StartSharedAsync(hosts.Slack, database, socketMode: socketMode);
            hosts.SecondSocket = socketMode ? await hosts.Slack.NextConnectionAsync() : null;
        }
        catch
        {
            await hosts.DisposeAsync();
            throw;
        }
        return hosts;
    }

    /// <summary>POSTs the same signed body to both hosts at once; both must acknowledge it.</summary>
    public async Task PostToBothAsync(string path, string body, string contentType = "application/json")
    {
        var responses = await Task.WhenAll(First.PostSignedAsync(path, body, contentType), Second.PostSignedAsync(path, body, contentType));
        AssertAcknowledged(responses);
    }

    /// <summary>Waits until neither host has work left: nothing more can reach Slack from what they acknowledged.</summary>
    public async Task IdleAsync()
    {
        await First.IdleAsync();
        await Second.IdleAsync();
    }

    /// <summary>
    /// POSTs an event as Slack delivers one: a failed delivery (a 503: the inbox could not keep it, as when PostgreSQL is
    /// slow on a loaded machine) is re-sent with the next <c>X-Slack-Retry-Num</c>, up to retry 3 (protocols.md, Retries).
    /// </summary>
    public static async Task<HttpResponseMessage> DeliverAsync(SlackBot host, string body, int retryNum = 0)
    {
        for (var attempt = retryNum; ; attempt++)
        {
            var response = await host.PostSignedAsync("/slack/events", body,
                retryNum: attempt == 0 ? null : attempt.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable || attempt >= SlackRetries)
                return response;
            response.Dispose();
        }
    }

    private const int SlackRetries = 3;

    public static void AssertAcknowledged(params HttpResponseMessage[] responses)
    {
        foreach (var response in responses)
        {
            using (response)
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Second is not null)
            await Second.DisposeAsync();
        if (First is not null)
            await First.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
