using System.Text.Json;

namespace NewsBot.Evaluation.Datasets;

/// <summary>Reads RGB <c>*_fact.json</c> (JSON Lines); <c>answer</c> is a string, a list, or a list of lists of variants.</summary>
internal static class RgbDataset
{
    public static IReadOnlyList<RgbQuestion> Load(string path) => [.. DatasetFile.Lines(path).Select(Read)];

    private static RgbQuestion Read(string line)
    {
        using var json = JsonDocument.Parse(line);
        var row = json.RootElement;
        return new RgbQuestion(
            row.GetProperty("id").ToString(),
            row.GetProperty("query").GetString() ?? "",
            [.. Strings(row.GetProperty("answer")).Distinct()],
            row.GetProperty("fakeanswer").GetString() ?? "",
            List(row, "positive"),
            List(row, "positive_wrong"),
            List(row, "negative"));
    }

    private static string[] List(JsonElement row, string name) =>
        row.TryGetProperty(name, out var list) ? [.. Strings(list)] : [];

    private static IEnumerable<string> Strings(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() is { Length: > 0 } s ? [s] : [],
        JsonValueKind.Array => value.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}
