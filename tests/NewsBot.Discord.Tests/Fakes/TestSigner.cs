using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace NewsBot.Discord.Tests.Fakes;

/// <summary>Signs interactions the way Discord does: Ed25519 over UTF-8(timestamp + body), hex encoded.</summary>
public sealed class TestSigner
{
    private readonly Ed25519PrivateKeyParameters _key;

    public TestSigner(string seedText = "newsbot discord tests")
    {
        _key = new Ed25519PrivateKeyParameters(SHA256.HashData(Encoding.UTF8.GetBytes(seedText)), 0);
        PublicKeyHex = Convert.ToHexStringLower(_key.GeneratePublicKey().GetEncoded());
    }

    public string PublicKeyHex { get; }

    public string Sign(string timestamp, string body)
    {
        var message = Encoding.UTF8.GetBytes(timestamp + body);
        var signer = new Ed25519Signer();
        signer.Init(forSigning: true, _key);
        signer.BlockUpdate(message, 0, message.Length);
        return Convert.ToHexStringLower(signer.GenerateSignature());
    }
}
