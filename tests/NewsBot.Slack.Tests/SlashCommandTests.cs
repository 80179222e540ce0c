using NewsBot.Slack.Commands;

namespace NewsBot.Slack.Tests;

public sealed class SlashCommandTests
{
    [Fact]
    public void Form_bodies_decode_plus_and_percent_encoding()
    {
        var slash = SlashCommand.FromForm("command=%2Farticles&text=2+ukraine%26russia&user_id=U1&channel_id=C1&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT%2F1%2Fx");

        Assert.Equal("/articles", slash.Command);
        Assert.Equal("2 ukraine&russia", slash.Text);
        Assert.Equal(new Uri("https://hooks.slack.com/commands/T/1/x"), slash.ResponseUrl);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    public void A_response_url_that_is_not_http_is_dropped(string url)
    {
        var slash = SlashCommand.FromForm($"command=%2Fask&text=q&response_url={Uri.EscapeDataString(url)}");
        Assert.Null(slash.ResponseUrl);
    }
}
