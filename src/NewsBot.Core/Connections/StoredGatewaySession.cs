namespace NewsBot.Core.Connections;

/// <summary>What a RESUME needs from the previous owner: the bot's user id, the session, where to resume it and the last sequence taken in.</summary>
public sealed record StoredGatewaySession(string UserId, string SessionId, string ResumeUrl, long? Sequence);
