namespace NewsBot.Core.Connections;

/// <summary>The latest state of one front end, with a sentence that says why (never a secret).</summary>
public sealed record FrontEndReport(string Name, FrontEndState State, string Detail, DateTimeOffset Since);
