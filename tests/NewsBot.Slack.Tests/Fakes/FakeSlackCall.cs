using System.Text.Json.Nodes;

namespace NewsBot.Slack.Tests.Fakes;

/// <summary>One Web API call (or response_url post) as the fake Slack received it.</summary>
public sealed record FakeSlackCall(string Method, string? Authorization, JsonObject Body, DateTimeOffset At)
{
    public string? Str(string name) => Body[name]?.GetValue<string>();

    public string BlocksJson => Body["blocks"]?.ToJsonString() ?? "";
}
