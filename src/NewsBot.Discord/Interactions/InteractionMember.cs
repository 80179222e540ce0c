namespace NewsBot.Discord.Interactions;

/// <summary>The guild member who invoked an interaction (only the user is read).</summary>
internal sealed record InteractionMember(Gateway.GatewayUser? User);
