using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsBot.Slack.Queue;

/// <summary>
/// A question or command that was recorded in the inbox under <paramref name="Key"/>, acknowledged to Slack, and waits on
/// the queue to be answered. Its JSON (<see cref="ToPayload"/>) is the inbox payload: enough for any host to answer it.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(SlackThreadJob), "thread")]
[JsonDerivedType(typeof(SlackCommandJob), "command")]
internal abstract record SlackJob(string User, string Key)
{
    /// <summary>Whose inbox requests these are: a host takes over only Slack's.</summary>
    public const string Platform = "slack";

    public string ToPayload() => JsonSerializer.Serialize(this);

    /// <summary>The job a payload holds; throws <see cref="JsonException"/> for one this version cannot read.</summary>
    public static SlackJob FromPayload(string payload) =>
        JsonSerializer.Deserialize<SlackJob>(payload) ?? throw new JsonException("an inbox payload of null");
}
