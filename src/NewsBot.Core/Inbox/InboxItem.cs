namespace NewsBot.Core.Inbox;

/// <summary>
/// A request a chat platform delivered, kept from before it is acknowledged until it is answered.
/// </summary>
/// <param name="Key">
/// What makes two deliveries the same request: Slack's team, channel and message <c>ts</c> (so an <c>app_mention</c>
/// and its <c>message</c> twin, and every retry, collapse into one); Discord's message or interaction id.
/// </param>
/// <param name="Platform">Whose workers run it (<c>slack</c>, <c>discord</c>): a host takes over only what it can answer.</param>
/// <param name="Payload">The front end's own serialized job, enough to answer it on any host.</param>
/// <param name="Attempts">How many times a host has taken it up (1 for the host that received it).</param>
public sealed record InboxItem(string Key, string Platform, string Payload, int Attempts = 1);
