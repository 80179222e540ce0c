using System.Text.Json.Nodes;
using NewsBot.Testing;

namespace NewsBot.Slack.Tests.Conformance;

/// <summary>Reads the official Slack payloads in <c>../shared/protocol-fixtures/slack</c> (never copied into the repo).</summary>
internal static class Fixtures
{
    public const string Root = "protocol-fixtures/slack";

    public static string Path(string relative) => RepoPaths.InShared($"{Root}/{relative}");

    /// <summary>The file's exact text: signatures are computed over these bytes.</summary>
    public static string Text(string relative) => File.ReadAllText(Path(relative));

    public static JsonObject Json(string relative) => (JsonObject)JsonNode.Parse(Text(relative))!;
}
