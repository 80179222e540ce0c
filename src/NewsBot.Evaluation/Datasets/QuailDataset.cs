using System.Xml.Linq;

namespace NewsBot.Evaluation.Datasets;

/// <summary>
/// Reads QuAIL v1.3 XML: <c>&lt;text domain id&gt;</c> with <c>metadata/title|url</c>, <c>text_body</c> and
/// <c>questions/q[@type]</c> holding the question text and <c>a[@correct]</c> options.
/// </summary>
internal static class QuailDataset
{
    public static IReadOnlyList<QuailText> Load(string path, string domain = "news")
    {
        using var stream = DatasetFile.Open(path);
        var root = XDocument.Load(stream).Root ?? throw new InvalidDataException($"{path} is empty.");
        return [.. root.Elements("text")
            .Where(t => (string?)t.Attribute("domain") == domain)
            .Select(ReadText)];
    }

    private static QuailText ReadText(XElement text)
    {
        var id = (string?)text.Attribute("id") ?? throw new InvalidDataException("A QuAIL text has no id.");
        var metadata = text.Element("metadata");
        return new QuailText(
            id,
            (string?)text.Attribute("domain") ?? "",
            Clean(metadata?.Element("title")?.Value) is { Length: > 0 } title ? title : id,
            Clean(metadata?.Element("url")?.Value) is { Length: > 0 } url ? url : null,
            Body(text.Element("text_body")?.Value ?? ""),
            [.. text.Element("questions")?.Elements("q").Select(q => ReadQuestion(id, q)) ?? []]);
    }

    private static QuailQuestion ReadQuestion(string textId, XElement q)
    {
        // The question text is the element's own text node; the options follow as <a> children.
        var question = Clean(string.Concat(q.Nodes().OfType<XText>().Select(t => t.Value)));
        var options = q.Elements("a").ToArray();
        var correct = Array.FindIndex(options, a => string.Equals((string?)a.Attribute("correct"), "True", StringComparison.OrdinalIgnoreCase));
        if (correct < 0)
            throw new InvalidDataException($"QuAIL question {textId}/{(string?)q.Attribute("id")} has no correct option.");
        return new QuailQuestion(
            $"{textId}_{(string?)q.Attribute("id")}",
            (string?)q.Attribute("type") ?? "",
            question,
            [.. options.Select(a => Clean(a.Value))],
            correct);
    }

    // The XML indents every element; the body keeps one paragraph per line.
    private static string Body(string raw) =>
        string.Join("\n\n", raw.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0));

    private static string Clean(string? value) => string.Join(' ', (value ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
