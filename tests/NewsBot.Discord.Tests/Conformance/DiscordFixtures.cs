using System.Text.Json;
using NewsBot.Testing;

namespace NewsBot.Discord.Tests.Conformance;

/// <summary>Reads <c>../shared/protocol-fixtures/discord</c> (never copied into the repo).</summary>
internal static class DiscordFixtures
{
    public const string Folder = "protocol-fixtures/discord";

    public static string Text(string relative) => File.ReadAllText(RepoPaths.InShared($"{Folder}/{relative}"));

    public static JsonElement Json(string relative) => JsonDocument.Parse(Text(relative)).RootElement.Clone();

    /// <summary>True when every property of <paramref name="expected"/> exists in <paramref name="actual"/> with the same shape (recursively).</summary>
    public static bool HasShapeOf(JsonElement actual, JsonElement expected) => expected.ValueKind switch
    {
        JsonValueKind.Object => actual.ValueKind == JsonValueKind.Object
            && expected.EnumerateObject().All(p => actual.TryGetProperty(p.Name, out var value) && HasShapeOf(value, p.Value)),
        JsonValueKind.Array => actual.ValueKind == JsonValueKind.Array
            && (expected.GetArrayLength() == 0 || actual.GetArrayLength() == 0 || HasShapeOf(actual[0], expected[0])),
        JsonValueKind.True or JsonValueKind.False => actual.ValueKind is JsonValueKind.True or JsonValueKind.False,
        _ => actual.ValueKind == expected.ValueKind || actual.ValueKind == JsonValueKind.Null || expected.ValueKind == JsonValueKind.Null,
    };
}
