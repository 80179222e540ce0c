namespace NewsBot.Discord.Tests.Gateway;

/// <summary><c>Discord:GatewayOwnerPollSeconds</c> has a default in code and a wrong value fails naming the setting.</summary>
public sealed class GatewayOwnerSettingsTests
{
    [Fact]
    public void The_poll_defaults_to_5_seconds_and_is_valid()
    {
        var options = new DiscordOptions { ApplicationId = "771825006014889000" };

        Assert.Equal(5, options.GatewayOwnerPollSeconds);
        Assert.True(new DiscordOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(61)]
    public void A_poll_outside_50_ms_to_60_s_fails_naming_the_setting(double seconds)
    {
        var options = new DiscordOptions { ApplicationId = "771825006014889000", GatewayOwnerPollSeconds = seconds };

        var result = new DiscordOptionsValidator().Validate(null, options);

        Assert.Contains("Discord:GatewayOwnerPollSeconds", result.FailureMessage, StringComparison.Ordinal);
    }
}
