using System.Text.Json;

namespace NewsBot.Core.Articles;

/// <summary>
/// Reads <c>.json</c> (one record, an array of records, or an object holding an array of records) and
/// <c>.jsonl</c> (one record per line). Record fields: <c>id</c>, <c>title</c>, <c>text</c>|<c>body</c>|<c>content</c>,
/// <c>url</c>, <c>published</c>, <c>source</c>. A record without text that holds an array of records (e.g. a
/// search result list) contributes those records. A bad record or line is reported; the others are read.
/// </summary>
public static class JsonArticleReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>The articles in a <c>.json</c> file's text; throws <see cref="ArticleFormatException"/> when the whole file is malformed.</summary>
    public static ArticleReadResult ReadDocument(string json, string fileId)
    {
        var records = new List<JsonRecord>();
        try
        {
            using var document = JsonDocument.Parse(json, Options);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && JsonArticleRecord.IsEmptyContainer(root))
                throw new ArticleFormatException("no records (the list is empty)");
            if (root.ValueKind == JsonValueKind.Object && !JsonArticleRecord.HasText(root) && JsonArticleRecord.NestedRecords(root) is null)
                throw new ArticleFormatException($"no text (expected a record with {JsonArticleRecord.TextFieldNames} or an array of them)");
            JsonArticleRecord.Collect(root, "record", records);
            if (records.Count == 0)
                throw new ArticleFormatException("no records (the array is empty)");
        }
        catch (JsonException e)
        {
            throw new ArticleFormatException($"malformed JSON at line {e.LineNumber + 1}: {FirstSentence(e.Message)}");
        }
        return Build(records, fileId);
    }

    /// <summary>The articles in a <c>.jsonl</c> file's text, one record per non-empty line; malformed lines are reported.</summary>
    public static ArticleReadResult ReadLines(string jsonLines, string fileId)
    {
        var records = new List<JsonRecord>();
        var lineNumber = 0;
        foreach (var range in jsonLines.AsSpan().Split('\n'))
        {
            lineNumber++;
            var line = jsonLines.AsSpan()[range].Trim();
            if (line.IsEmpty)
                continue;
            try
            {
                using var document = JsonDocument.Parse(line.ToString(), Options);
                JsonArticleRecord.Collect(document.RootElement, $"line {lineNumber}", records);
            }
            catch (JsonException e)
            {
                records.Add(new JsonRecord($"line {lineNumber}", null, false, $"malformed JSON: {FirstSentence(e.Message)}"));
            }
        }
        if (records.Count == 0)
            throw new ArticleFormatException("no JSON records");
        return Build(records, fileId);
    }

    // Ids: the record's own, else the file's id when it is one record, else a slug of the URL, else file id/record number.
    private static ArticleReadResult Build(List<JsonRecord> records, string fileId)
    {
        var articles = new List<Article>(records.Count);
        var problems = new List<string>();
        for (var i = 0; i < records.Count; i++)
        {
            var (label, fields, inContainer, problem) = records[i];
            if (problem is not null)
            {
                problems.Add($"{label}: {problem}");
                continue;
            }
            var fallback = records.Count == 1 && !inContainer ? fileId
                : ArticleText.NullIfBlank(fields?.Url) is { } url ? ArticleIds.Slug(url)
                : $"{fileId}/{i + 1}";
            if (fields?.ToArticle(fallback) is { } article)
                articles.Add(article);
            else
                problems.Add($"{label}: no text (expected {JsonArticleRecord.TextFieldNames})");
        }
        return new ArticleReadResult(articles, problems);
    }

    private static string FirstSentence(string message)
    {
        var stop = message.IndexOf(". ", StringComparison.Ordinal);
        return stop < 0 ? message : message[..(stop + 1)];
    }
}
