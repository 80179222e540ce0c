using System.Text.Json;

namespace NewsBot.Evaluation.Datasets;

/// <summary>
/// Reads the chat-style question set (JSON Lines: <c>{id, type, question, answers, articles}</c>; an element of
/// <c>articles</c> may be a list of ids that each state that story's fact). A bad line stops
/// the load with an error naming the file and line, so a typo in a hand-written question is found at once.
/// </summary>
internal static class ChatQuestionSet
{
    public static IReadOnlyList<ChatQuestion> Load(string path)
    {
        var questions = new List<ChatQuestion>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        using var reader = new StreamReader(DatasetFile.Open(path));
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            try
            {
                var question = Read(line);
                if (!ids.Add(question.Id))
                    throw new InvalidDataException($"id '{question.Id}' is used twice");
                questions.Add(question);
            }
            catch (Exception e) when (e is JsonException or InvalidDataException or InvalidOperationException)
            {
                throw new InvalidDataException($"{path} line {lineNumber}: {e.Message}", e);
            }
        }
        return questions;
    }

    private static ChatQuestion Read(string line)
    {
        using var json = JsonDocument.Parse(line);
        var row = json.RootElement;
        var id = Text(row, "id");
        var type = Text(row, "type");
        if (!ChatQuestion.Types.Contains(type))
            throw new InvalidDataException($"type '{type}' is not one of {string.Join(", ", ChatQuestion.Types)}");
        var answers = Property(row, "answers");
        if (answers.ValueKind != JsonValueKind.Array)
            throw new InvalidDataException("answers must be a list");
        IReadOnlyList<IReadOnlyList<string>> parts = type switch
        {
            // A comparison lists one answer per part; a part may itself be a list of variants.
            ChatQuestion.Comparison => [.. answers.EnumerateArray().Select(Variants)],
            ChatQuestion.Unanswerable => [],
            _ => [Variants(answers)],
        };
        if (type == ChatQuestion.Unanswerable && answers.GetArrayLength() > 0)
            throw new InvalidDataException("an unanswerable question takes answers []");
        if (type != ChatQuestion.Unanswerable && (parts.Count == 0 || parts.Any(p => p.Count == 0)))
            throw new InvalidDataException($"a {type} question needs a non-empty answer string for every part");
        if (type == ChatQuestion.Comparison && parts.Count < 2)
            throw new InvalidDataException("a comparison needs one answer per part (at least two)");
        // Each gold story is an id, or a list of ids of reports that state the same fact (any one will do).
        IReadOnlyList<string>[] stories = [.. Property(row, "articles").EnumerateArray().Select(Variants).Where(s => s.Length > 0)];
        if (type != ChatQuestion.Unanswerable && stories.Length == 0)
            throw new InvalidDataException($"a {type} question needs its gold article ids");
        var differ = row.TryGetProperty("differ", out var flag) && flag.ValueKind == JsonValueKind.True;
        if (differ && (type is ChatQuestion.Comparison or ChatQuestion.Unanswerable || stories.Length < 2))
            throw new InvalidDataException("\"differ\" marks a one-fact question whose two or more gold stories disagree");
        return new ChatQuestion(id, Number(id), type, Text(row, "question"), parts, stories, differ);
    }

    private static JsonElement Property(JsonElement row, string name) =>
        row.ValueKind == JsonValueKind.Object && row.TryGetProperty(name, out var value)
            ? value
            : throw new InvalidDataException($"the field '{name}' is missing");

    private static string Text(JsonElement row, string name) =>
        Property(row, name).GetString() is { Length: > 0 } text ? text : throw new InvalidDataException($"{name} is empty");

    private static string[] Variants(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() is { Length: > 0 } s ? [s] : [],
        JsonValueKind.Array => [.. value.EnumerateArray().Select(v => v.GetString() ?? "").Where(v => v.Trim().Length > 0)],
        _ => throw new InvalidDataException("an answer or a gold article is a string or a list of variant strings"),
    };

    /// <summary>The trailing digits of the id (<c>c042</c> → 42): even ids are the dev half, odd ones the held-out half.</summary>
    private static int Number(string id)
    {
        var digits = id.Length - id.AsSpan().TrimEnd("0123456789").Length;
        return digits > 0 && int.TryParse(id.AsSpan(id.Length - digits), out var n)
            ? n
            : throw new InvalidDataException($"id '{id}' must end in a number (even: dev half, odd: held-out half)");
    }
}
