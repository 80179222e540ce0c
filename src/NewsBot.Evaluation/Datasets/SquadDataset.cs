using System.Text.Json;

namespace NewsBot.Evaluation.Datasets;

/// <summary>
/// Reads a SQuAD v1.1 or v2.0 file: <c>{data:[{title, paragraphs:[{context, qas:[{id, question, answers:[{text}], is_impossible?}]}]}]}</c>.
/// </summary>
internal static class SquadDataset
{
    public static IReadOnlyList<SquadArticle> Load(string path)
    {
        using var stream = DatasetFile.Open(path);
        using var json = JsonDocument.Parse(stream);
        if (!json.RootElement.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
            throw new InvalidDataException($"{path} is not a SQuAD file: no \"data\" array at the top.");
        return [.. data.EnumerateArray().Select(ReadArticle)];
    }

    private static SquadArticle ReadArticle(JsonElement article) => new(
        article.GetProperty("title").GetString() ?? "",
        [.. article.GetProperty("paragraphs").EnumerateArray().Select(ReadParagraph)]);

    private static SquadParagraph ReadParagraph(JsonElement paragraph) => new(
        paragraph.GetProperty("context").GetString() ?? "",
        [.. paragraph.GetProperty("qas").EnumerateArray().Select(ReadQuestion)]);

    private static SquadQuestion ReadQuestion(JsonElement qa)
    {
        var answers = qa.TryGetProperty("answers", out var list)
            ? list.EnumerateArray().Select(a => a.GetProperty("text").GetString() ?? "").Where(a => a.Length > 0).ToArray()
            : [];
        var impossible = qa.TryGetProperty("is_impossible", out var flag) && flag.GetBoolean();
        return new SquadQuestion(qa.GetProperty("id").GetString() ?? "", qa.GetProperty("question").GetString() ?? "", answers, impossible);
    }
}
