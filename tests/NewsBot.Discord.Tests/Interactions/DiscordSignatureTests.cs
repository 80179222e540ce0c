using System.Text;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Tests.Fakes;

namespace NewsBot.Discord.Tests.Interactions;

public sealed class DiscordSignatureTests
{
    private const string Body = """{"type":1,"id":"1","token":"t"}""";
    private const string Timestamp = "1726000000";
    private readonly TestSigner _signer = new();

    private DiscordSignature Verifier() => new(_signer.PublicKeyHex);

    [Fact]
    public void Verify_SignedBody_True() =>
        Assert.True(Verifier().Verify(_signer.Sign(Timestamp, Body), Timestamp, Encoding.UTF8.GetBytes(Body)));

    [Fact]
    public void Verify_UppercaseHexSignature_True() =>
        Assert.True(Verifier().Verify(_signer.Sign(Timestamp, Body).ToUpperInvariant(), Timestamp, Encoding.UTF8.GetBytes(Body)));

    [Theory]
    [InlineData(Body + " ", Timestamp)]
    [InlineData("""{"type":2,"id":"1","token":"t"}""", Timestamp)]
    [InlineData(Body, "1726000001")]
    public void Verify_AlteredBodyOrTimestamp_False(string body, string timestamp) =>
        Assert.False(Verifier().Verify(_signer.Sign(Timestamp, Body), timestamp, Encoding.UTF8.GetBytes(body)));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("example invalid signature")]
    [InlineData("abcd")]
    public void Verify_MissingOrMalformedSignature_FalseWithoutThrowing(string? signature) =>
        Assert.False(Verifier().Verify(signature, Timestamp, Encoding.UTF8.GetBytes(Body)));

    [Fact]
    public void Verify_MissingTimestamp_False() =>
        Assert.False(Verifier().Verify(_signer.Sign(Timestamp, Body), null, Encoding.UTF8.GetBytes(Body)));

    [Fact]
    public void Verify_SignatureFromAnotherKey_False() =>
        Assert.False(Verifier().Verify(new TestSigner("another key").Sign(Timestamp, Body), Timestamp, Encoding.UTF8.GetBytes(Body)));

    [Theory]
    [InlineData("")]
    [InlineData("bae454a7029eb77313fae74bcc259b4b267d5c2985aae7374bfc4b3435a27e")]
    [InlineData("zz e454a7029eb77313fae74bcc259b4b267d5c2985aae7374bfc4b3435a27eee")]
    public void IsValidKey_NotSixtyFourHex_False(string key) => Assert.False(DiscordSignature.IsValidKey(key));
}
