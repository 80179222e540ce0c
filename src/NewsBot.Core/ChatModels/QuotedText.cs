namespace NewsBot.Core.ChatModels;

/// <summary>
/// Escapes untrusted text (articles, earlier turns, the question) before it goes inside a prompt's delimited block,
/// so text such as <c>&lt;/passages&gt;</c> stays inert data and cannot close the block.
/// </summary>
internal static class QuotedText
{
    public static string Escape(string text) => text.ReplaceLineEndings("\n")
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal);
}
