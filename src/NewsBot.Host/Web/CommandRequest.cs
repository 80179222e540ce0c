namespace NewsBot.Host.Web;

/// <summary>Body of <c>POST /api/command</c>: what a person typed into the web chat box.</summary>
internal sealed record CommandRequest(string? Text);
