namespace NewsBot.Slack.Tests.Fakes;

/// <summary>A scripted answer the fake gives once to the next call of a method, instead of its normal one.</summary>
public sealed record FakeSlackResponse(int Status, string Body, TimeSpan? RetryAfter = null);
