using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Tests.Rest;

public sealed class RouteKeyTests
{
    private static readonly Uri Base = new("https://discord.com/api/v10/");

    [Fact]
    public void For_WebhookEdit_TemplateHidesTokenAndMajorIsTheWebhook()
    {
        var key = RouteKey.For(HttpMethod.Patch, new Uri(Base, "webhooks/771825006014889000/secret-token/messages/@original"), Base);
        Assert.Equal("PATCH webhooks/{id}/{token}/messages/@original", key.Template);
        Assert.DoesNotContain("secret-token", key.Template);
        Assert.Equal("webhooks/771825006014889000/secret-token", key.Major);
    }

    [Fact]
    public void For_ChannelMessages_MajorIsTheChannel()
    {
        var a = RouteKey.For(HttpMethod.Post, new Uri(Base, "channels/111/messages"), Base);
        var b = RouteKey.For(HttpMethod.Post, new Uri(Base, "channels/222/messages"), Base);
        Assert.Equal(a.Template, b.Template);
        Assert.Equal("channels/111", a.Major);
        Assert.NotEqual(a.Major, b.Major);
    }

    [Fact]
    public void For_InteractionCallback_TemplateHidesToken() =>
        Assert.Equal("POST interactions/{id}/{token}/callback",
            RouteKey.For(HttpMethod.Post, new Uri(Base, "interactions/123/secret-token/callback"), Base).Template);

    [Fact]
    public void For_GuildCommands_MajorIsTheGuild() =>
        Assert.Equal("guilds/42", RouteKey.For(HttpMethod.Put, new Uri(Base, "applications/7/guilds/42/commands"), Base).Major);

    [Theory]
    [InlineData("POST", "interactions/123/secret-token/callback", true)]
    [InlineData("PATCH", "webhooks/771825006014889000/secret-token/messages/@original", true)]
    [InlineData("DELETE", "webhooks/771825006014889000/secret-token/messages/@original", true)]
    [InlineData("POST", "webhooks/771825006014889000/secret-token", true)]
    [InlineData("POST", "channels/111/messages", false)]
    [InlineData("PUT", "applications/7/commands", false)]
    public void For_InteractionEndpoints_AreTheCallbackAndTheInteractionWebhook(string method, string path, bool expected) =>
        Assert.Equal(expected, RouteKey.For(new HttpMethod(method), new Uri(Base, path), Base).IsInteractionEndpoint);
}
