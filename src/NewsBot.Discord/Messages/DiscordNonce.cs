using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Discord.Messages;

/// <summary>
/// The <c>nonce</c> of a channel message the bot posts for an inbox request. With <c>enforce_nonce: true</c>, Discord
/// returns the message the bot already created with the same nonce in the past few minutes instead of creating another
/// (protocols A5, "Create Message"), so a request re-run on another host after its first host died, or a gateway event
/// replayed to a second host, posts each part once. Same key and part on every host → same nonce.
/// </summary>
internal static class DiscordNonce
{
    /// <summary>Discord's limit on a nonce's length.</summary>
    public const int MaxLength = 25;

    /// <summary>
    /// 16 hex digits of SHA-256 over the key (keys are longer than 25 characters), a dot and the part: <c>0</c>, <c>1</c>, …
    /// for the parts of an answer, a letter for a notice or an apology. The part is at most 8 characters.
    /// </summary>
    public static string For(string key, string part)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(part.Length, MaxLength - 17);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return Convert.ToHexStringLower(hash, 0, 8) + "." + part;
    }
}
