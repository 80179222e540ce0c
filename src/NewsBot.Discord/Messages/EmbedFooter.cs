namespace NewsBot.Discord.Messages;

internal sealed record EmbedFooter(string Text);
