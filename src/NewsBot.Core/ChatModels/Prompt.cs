namespace NewsBot.Core.ChatModels;

/// <summary>A prompt file: its name (file name without <c>.md</c>), text, and a short SHA-256 hash for the logs.</summary>
public sealed record Prompt(string Name, string Text, string Hash);
