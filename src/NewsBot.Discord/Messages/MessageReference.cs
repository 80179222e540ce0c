namespace NewsBot.Discord.Messages;

/// <summary>Makes a message a reply; <c>fail_if_not_exists: false</c> still posts if the question was deleted meanwhile.</summary>
internal sealed record MessageReference(string MessageId, string ChannelId, bool FailIfNotExists = false);
