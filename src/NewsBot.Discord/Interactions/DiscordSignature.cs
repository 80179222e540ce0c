using System.Buffers;
using System.Text;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace NewsBot.Discord.Interactions;

/// <summary>
/// Checks <c>X-Signature-Ed25519</c> (hex) over the bytes of <c>X-Signature-Timestamp</c> + raw body with the
/// application's public key (hex). Discord probes endpoints with forged requests and removes any that accept them.
/// </summary>
internal sealed class DiscordSignature
{
    private const int KeyBytes = 32;
    private const int SignatureBytes = 64;
    private readonly Ed25519PublicKeyParameters _key;

    public DiscordSignature(string publicKeyHex)
    {
        var key = new byte[KeyBytes];
        if (!TryDecodeHex(publicKeyHex, key))
            throw new ArgumentException("The Discord public key must be 64 hex characters.", nameof(publicKeyHex));
        _key = new Ed25519PublicKeyParameters(key, 0);
    }

    public static bool IsValidKey(string publicKeyHex) => TryDecodeHex(publicKeyHex, new byte[KeyBytes]);

    /// <summary>False for a missing, malformed or wrong signature; never throws on what a caller sends.</summary>
    public bool Verify(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        var signature = new byte[SignatureBytes];
        if (string.IsNullOrEmpty(timestamp) || signatureHex is null || !TryDecodeHex(signatureHex, signature))
            return false;

        var prefixLength = Encoding.UTF8.GetByteCount(timestamp);
        var message = ArrayPool<byte>.Shared.Rent(prefixLength + body.Length);
        try
        {
            Encoding.UTF8.GetBytes(timestamp, message);
            body.CopyTo(message.AsSpan(prefixLength));
            var verifier = new Ed25519Signer();
            verifier.Init(forSigning: false, _key);
            verifier.BlockUpdate(message, 0, prefixLength + body.Length);
            return verifier.VerifySignature(signature);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(message);
        }
    }

    private static bool TryDecodeHex(string hex, byte[] into) =>
        hex.Length == into.Length * 2
        && Convert.FromHexString(hex, into, out var consumed, out var written) == OperationStatus.Done
        && consumed == hex.Length
        && written == into.Length;
}
