namespace NewsBot.Discord.Interactions;

/// <summary><c>data</c> of a type-8 response: at most 25 choices.</summary>
internal sealed record AutocompleteResult(IReadOnlyList<AutocompleteChoice> Choices);
