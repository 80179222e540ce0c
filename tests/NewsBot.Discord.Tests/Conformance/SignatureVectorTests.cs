using System.Text;
using System.Text.Json;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Tests.Fakes;
using NewsBot.Testing;

namespace NewsBot.Discord.Tests.Conformance;

/// <summary>The Ed25519 vectors in signature/ed25519_vectors.generated.json, through the verifier and through the live endpoint.</summary>
public sealed class SignatureVectorTests
{
    private const string File = DiscordFixtures.Folder + "/signature/ed25519_vectors.generated.json";

    private static (JsonElement Vector, string PublicKey) Vector(string name)
    {
        var root = DiscordFixtures.Json("signature/ed25519_vectors.generated.json");
        var vector = root.GetProperty("vectors").EnumerateArray().Single(v => v.GetProperty("name").GetString() == name);
        var key = vector.TryGetProperty("public_key_hex_override", out var over) ? over.GetString()! : root.GetProperty("public_key_hex").GetString()!;
        return (vector, key);
    }

    [SharedDataTheory(File)]
    [InlineData("ping_valid")]
    [InlineData("chat_input_unicode_valid")]
    [InlineData("ping_tampered_body")]
    [InlineData("ping_wrong_timestamp")]
    [InlineData("ping_signature_not_hex")]
    [InlineData("ping_wrong_key")]
    public void Verifier_AgreesWithTheVector(string name)
    {
        var (vector, key) = Vector(name);
        var body = vector.GetProperty("body").GetString()!;
        if (vector.TryGetProperty("body_utf8_bytes", out var length))
            Assert.Equal(length.GetInt32(), Encoding.UTF8.GetByteCount(body));

        var valid = new DiscordSignature(key).Verify(vector.GetProperty("signature_hex").GetString(), vector.GetProperty("timestamp").GetString(), Encoding.UTF8.GetBytes(body));

        Assert.Equal(vector.GetProperty("expect_valid").GetBoolean(), valid);
    }

    [SharedDataTheory(File)]
    [InlineData("ping_valid", 200)]
    [InlineData("ping_tampered_body", 401)]
    [InlineData("ping_wrong_timestamp", 401)]
    [InlineData("ping_signature_not_hex", 401)]
    public async Task Endpoint_AnswersTheVectorAsDiscordExpects(string name, int status)
    {
        var (vector, _) = Vector(name);
        var publicKey = DiscordFixtures.Json("signature/ed25519_vectors.generated.json").GetProperty("public_key_hex").GetString();
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotHost.StartAsync(discord, ingest: false, settings: new Dictionary<string, string?> { ["Discord:PublicKey"] = publicKey });

        using var response = await bot.PostInteractionAsync(vector.GetProperty("body").GetString()!,
            vector.GetProperty("signature_hex").GetString(), vector.GetProperty("timestamp").GetString());

        Assert.Equal(status, (int)response.StatusCode);
        if (status == 200)
            Assert.True(DiscordFixtures.HasShapeOf(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement,
                DiscordFixtures.Json("interactions/response.pong.docs.json")));
    }

    [SharedDataFact(File)]
    public async Task SignedUnicodeAsk_IsDeferredThenAnsweredOnce()
    {
        var (vector, key) = Vector("chat_input_unicode_valid");
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotHost.StartAsync(discord, settings: new Dictionary<string, string?> { ["Discord:PublicKey"] = key });

        using var response = await bot.PostInteractionAsync(vector.GetProperty("body").GetString()!,
            vector.GetProperty("signature_hex").GetString(), vector.GetProperty("timestamp").GetString());

        Assert.Equal("""{"type":5}""", await response.Content.ReadAsStringAsync());
        var edit = Assert.Single(await discord.Requests.WaitForAsync(r => r.Is("PATCH", $"webhooks/{FakeDiscord.ApplicationId}/A_UNIQUE_TOKEN/messages/@original")));
        Assert.Equal(200, edit.Status);
    }
}
