namespace NewsBot.Discord.Interactions;

/// <summary>One autocomplete choice; name and value are at most 100 characters each.</summary>
internal sealed record AutocompleteChoice(string Name, string Value);
