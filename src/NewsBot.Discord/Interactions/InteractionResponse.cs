using NewsBot.Discord.Messages;

namespace NewsBot.Discord.Interactions;

/// <summary>What the interactions endpoint returns inline (the HTTP 200 body), within Discord's 3 seconds.</summary>
internal sealed record InteractionResponse(int Type, object? Data = null)
{
    public static InteractionResponse Pong { get; } = new(1);

    /// <summary>Type 5: Discord shows "thinking…"; the answer replaces it through PATCH …/messages/@original.</summary>
    public static InteractionResponse Deferred { get; } = new(5);

    public static InteractionResponse Message(DiscordMessage message) => new(4, message);

    public static InteractionResponse Ephemeral(string text) => Message(DiscordMessage.Ephemeral(text));

    public static InteractionResponse Choices(IReadOnlyList<AutocompleteChoice> choices) => new(8, new AutocompleteResult(choices));
}
