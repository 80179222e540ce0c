namespace NewsBot.Discord.Messages;

internal sealed record EmbedField(string Name, string Value, bool Inline = false);
