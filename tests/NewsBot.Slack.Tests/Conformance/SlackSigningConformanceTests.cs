using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Slack.Tests.Fakes;
using NewsBot.Slack.Verification;
using NewsBot.Testing;

namespace NewsBot.Slack.Tests.Conformance;

/// <summary>The official signing example from "Verifying requests from Slack" (protocols.md B2).</summary>
public sealed class SlackSigningConformanceTests
{
    private static (string Secret, string Timestamp, string Signature, string Body, DateTimeOffset Clock) Example()
    {
        var json = Fixtures.Json("signing/signing_example.json");
        return (json["signing_secret"]!.GetValue<string>(),
            json["headers"]!["X-Slack-Request-Timestamp"]!.GetValue<string>(),
            json["expected_signature"]!.GetValue<string>(),
            json["body"]!.GetValue<string>(),
            DateTimeOffset.FromUnixTimeSeconds(json["clock_for_valid_case_epoch_seconds"]!.GetValue<long>()));
    }

    [SharedDataFact("protocol-fixtures/slack/signing/signing_example.json")]
    public void The_official_vector_computes_the_official_signature_and_verifies_at_its_time()
    {
        var (secret, ts, signature, body, clock) = Example();
        Assert.Equal(signature, SlackSignature.Compute(secret, ts, Encoding.UTF8.GetBytes(body)));
        Assert.True(SlackSignature.IsValid(secret, ts, signature, Encoding.UTF8.GetBytes(body), clock));
    }

    [SharedDataFact("protocol-fixtures/slack/signing/signing_example.json")]
    public void The_official_negative_cases_are_rejected()
    {
        var (secret, ts, signature, body, clock) = Example();
        Assert.False(SlackSignature.IsValid(secret, ts, signature, Encoding.UTF8.GetBytes(body + "------"), clock));
        Assert.False(SlackSignature.IsValid(secret, ts, signature, Encoding.UTF8.GetBytes(body), DateTimeOffset.UtcNow));
        Assert.False(SlackSignature.IsValid(secret, null, null, Encoding.UTF8.GetBytes(body), clock));
    }

    [SharedDataFact("protocol-fixtures/slack/signing/signing_example.json")]
    public async Task The_official_signed_slash_command_is_accepted_by_the_endpoint_at_its_time_and_refused_now()
    {
        var (secret, ts, signature, body, clock) = Example();
        await using var slack = await FakeSlack.StartAsync();
        var settings = new Dictionary<string, string?> { ["Slack:SigningSecret"] = secret };
        await using var pinned = await SlackBot.StartAsync(slack, ingest: false, settings: settings,
            services: s => s.AddSingleton<TimeProvider>(new ManualTimeProvider(clock)));
        await using var realClock = await SlackBot.StartAsync(slack, ingest: false, settings: settings);

        using var accepted = await Send(pinned, ts, signature, body);
        using var stale = await Send(realClock, ts, signature, body);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        // /webhook-collect is not one of ours: the acknowledgement says so, ephemerally.
        Assert.Contains("/webhook-collect", await accepted.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);
    }

    private static async Task<HttpResponseMessage> Send(SlackBot bot, string ts, string signature, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(bot.Url, "slack/commands"))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Add("X-Slack-Request-Timestamp", ts);
        request.Headers.Add("X-Slack-Signature", signature);
        return await bot.Http.SendAsync(request);
    }

    [SharedDataFact("protocol-fixtures/slack/slash_commands/slash_command.form_body.docs.txt")]
    public void The_official_form_body_parses_to_the_documented_fields()
    {
        var parsed = NewsBot.Slack.Commands.SlashCommand.FromForm(Fixtures.Text("slash_commands/slash_command.form_body.docs.txt"));
        var expected = Fixtures.Json("slash_commands/slash_command.form_fields.decoded.json");

        Assert.Equal(expected["command"]!.GetValue<string>(), parsed.Command);
        Assert.Equal(expected["text"]!.GetValue<string>(), parsed.Text);
        Assert.Equal(expected["user_id"]!.GetValue<string>(), parsed.UserId);
        Assert.Equal(expected["channel_id"]!.GetValue<string>(), parsed.ChannelId);
        Assert.Equal(expected["response_url"]!.GetValue<string>(), parsed.ResponseUrl!.AbsoluteUri);
    }
}
