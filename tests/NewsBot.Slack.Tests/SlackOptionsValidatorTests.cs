namespace NewsBot.Slack.Tests;

public sealed class SlackOptionsValidatorTests
{
    private static readonly SlackOptionsValidator Validator = new();

    [Fact]
    public void Bot_token_with_either_connection_mode_is_valid()
    {
        Assert.True(Validator.Validate(null, new SlackOptions { BotToken = "xoxb-1", AppToken = "xapp-1" }).Succeeded);
        Assert.True(Validator.Validate(null, new SlackOptions { BotToken = "xoxb-1", SigningSecret = "abc" }).Succeeded);
    }

    [Theory]
    [InlineData(null, "xapp-1", null, "Slack__BotToken")]
    [InlineData("xoxp-user-token", "xapp-1", null, "starting with xoxb-")]
    [InlineData("xoxb-1", null, null, "Slack__AppToken")]
    [InlineData("xoxb-1", "xoxb-wrong", null, "starting with xapp-")]
    public void A_missing_or_wrong_setting_is_named(string? bot, string? app, string? secret, string expected)
    {
        var result = Validator.Validate(null, new SlackOptions { BotToken = bot, AppToken = app, SigningSecret = secret });
        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage);
    }

    [Fact]
    public void Command_names_must_be_slash_commands()
    {
        var result = Validator.Validate(null, new SlackOptions { BotToken = "xoxb-1", SigningSecret = "s", AskCommand = "ask" });
        Assert.Contains("Slack:AskCommand", result.FailureMessage);
    }
}
