using System.Text.Json;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Messages;
using NewsBot.Discord.Tests.Fakes;
using NewsBot.Testing;

namespace NewsBot.Discord.Tests.Conformance;

/// <summary>The official interaction payloads, byte for byte, through the endpoint; our responses against the documented shapes.</summary>
public sealed class InteractionFixtureTests
{
    private const string Folder = DiscordFixtures.Folder + "/interactions";

    [SharedDataTheory(Folder)]
    [InlineData("ping.request.interactions-js.json", 1, null)]
    [InlineData("application_command.minimal.interactions-js.json", 4, 64)]
    [InlineData("application_command.chat_input.docs_example.json", 4, 64)]
    [InlineData("autocomplete.request.interactions-js.json", 8, null)]
    [InlineData("autocomplete.docs_example.partial.json", 8, null)]
    [InlineData("message_component.interactions-js.json", 4, 64)]
    public async Task OfficialPayload_GetsTheRightKindOfResponse(string file, int type, int? flags)
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotHost.StartAsync(discord, ingest: false);

        var json = await Interactions.InteractionEndpointTests.ReadJsonAsync(await bot.PostInteractionAsync(DiscordFixtures.Text($"interactions/{file}")));

        Assert.Equal(type, json.GetProperty("type").GetInt32());
        if (flags is not null)
            Assert.Equal(flags, json.GetProperty("data").GetProperty("flags").GetInt32());
        if (type == 8)
            Assert.Equal(0, json.GetProperty("data").GetProperty("choices").GetArrayLength()); // commands this bot does not have
        Assert.Empty(discord.Requests.Snapshot());
    }

    [SharedDataFact(Folder)]
    public void Responses_HaveTheDocumentedShapes()
    {
        Assert.Equal(DiscordFixtures.Json("interactions/response.pong.docs.json").GetRawText().Replace(" ", "").Replace("\n", ""),
            JsonSerializer.Serialize(InteractionResponse.Pong, DiscordJson.Options));
        Assert.True(DiscordFixtures.HasShapeOf(
            JsonSerializer.SerializeToElement(InteractionResponse.Choices([new AutocompleteChoice("ECB raises rates", "article-1234")]), DiscordJson.Options),
            DiscordFixtures.Json("interactions/response.autocomplete_result.composed.json")));
        var ephemeral = JsonSerializer.SerializeToElement(DiscordMessage.Ephemeral("Only you can see this."), DiscordJson.Options);
        Assert.True(DiscordFixtures.HasShapeOf(ephemeral, DiscordFixtures.Json("interactions/followup.create_message.ephemeral.composed.json")));
        Assert.Equal(64, ephemeral.GetProperty("flags").GetInt32());
        var inline = JsonSerializer.SerializeToElement(InteractionResponse.Message(DiscordMessage.Text("Congrats on sending your command!")), DiscordJson.Options);
        Assert.Equal(4, inline.GetProperty("type").GetInt32());
        Assert.Equal("[]", inline.GetProperty("data").GetProperty("allowed_mentions").GetProperty("parse").GetRawText());
    }

    [SharedDataFact(Folder)]
    public async Task EditOfTheOriginal_HasTheDocumentedShape()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotHost.StartAsync(discord);

        await bot.PostInteractionAsync(InteractionBodies.Command("ask", "shape-token", InteractionBodies.Option("question", "where did they meet?")));
        var edit = (await discord.Requests.WaitForAsync(r => r.Is("PATCH", $"webhooks/{FakeDiscord.ApplicationId}/shape-token/messages/@original")))[0];

        var expected = DiscordFixtures.Json("interactions/followup.edit_original.composed.json");
        Assert.True(DiscordFixtures.HasShapeOf(edit.Json.GetProperty("embeds"), expected.GetProperty("embeds")));
        Assert.True(DiscordFixtures.HasShapeOf(edit.Json.GetProperty("allowed_mentions"), expected.GetProperty("allowed_mentions")));
        Assert.Equal(0, edit.Json.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
    }
}
