using System.Text.Json;

namespace NewsBot.Core.Articles;

/// <summary>Maps one JSON record to <see cref="ArticleFields"/>; field names match case-insensitively.</summary>
internal static class JsonArticleRecord
{
    public const string TextFieldNames = "text, body or content";

    private static readonly string[] IdNames = ["id", "article_id", "articleId", "guid"];
    private static readonly string[] TitleNames = ["title", "headline"];
    private static readonly string[] TextNames = ["text", "body", "content"];
    private static readonly string[] UrlNames = ["url", "link", "href"];
    private static readonly string[] DateNames = ["published", "date", "publish_date", "published_at", "publishedAt", "pubDate", "datePublished"];
    private static readonly string[] SourceNames = ["source", "publisher", "site"];

    /// <summary>Adds the record (or, for an array or a container of records, each of them) to <paramref name="records"/>.</summary>
    /// <param name="inContainer">True inside another object's list (e.g. search results): such records are never the file's only article.</param>
    public static void Collect(JsonElement element, string label, List<JsonRecord> records, bool inContainer = false)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            var n = 0;
            foreach (var item in element.EnumerateArray())
                Collect(item, label == "record" ? $"record {++n}" : $"{label}, record {++n}", records, inContainer);
            return;
        }
        if (element.ValueKind != JsonValueKind.Object)
        {
            records.Add(new JsonRecord(label, null, inContainer, $"not a JSON object ({element.ValueKind.ToString().ToLowerInvariant()})"));
            return;
        }
        if (!HasText(element) && NestedRecords(element) is { } nested)
        {
            Collect(nested, label, records, inContainer: true);
            return;
        }
        if (IsEmptyContainer(element))
            return;
        records.Add(new JsonRecord(label, ToFields(element), inContainer, null));
    }

    /// <summary>True when the object has a non-empty text field.</summary>
    public static bool HasText(JsonElement record) => ArticleText.NullIfBlank(String(record, TextNames)) is not null;

    /// <summary>The first property holding a non-empty array of objects (e.g. <c>articles</c>, <c>search_result</c>), or null.</summary>
    public static JsonElement? NestedRecords(JsonElement record)
    {
        foreach (var property in record.EnumerateObject())
        {
            var value = property.Value;
            if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0 && value[0].ValueKind == JsonValueKind.Object)
                return value;
        }
        return null;
    }

    /// <summary>
    /// An object without text or title whose list of records is empty (a search that found nothing): it holds no
    /// article, and is not a broken one either.
    /// </summary>
    public static bool IsEmptyContainer(JsonElement record)
    {
        if (HasText(record) || Find(record, TitleNames) is not null)
            return false;
        foreach (var property in record.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array && property.Value.GetArrayLength() == 0)
                return true;
        }
        return false;
    }

    private static ArticleFields ToFields(JsonElement record)
    {
        var published = Find(record, DateNames) is { } date
            ? date.ValueKind == JsonValueKind.Number && date.TryGetInt64(out var unix) ? ArticleDates.FromUnix(unix) : ArticleDates.Parse(AsString(date))
            : null;
        return new ArticleFields(
            String(record, IdNames), String(record, TitleNames), String(record, TextNames),
            String(record, UrlNames), published, SourceName(record));
    }

    // "source" is a name in most dumps, an object {"name": …} in NewsAPI-style ones.
    private static string? SourceName(JsonElement record) =>
        Find(record, SourceNames) is { ValueKind: JsonValueKind.Object } source ? String(source, ["name", "title"]) : String(record, SourceNames);

    private static string? String(JsonElement record, string[] names) => Find(record, names) is { } value ? AsString(value) : null;

    private static string? AsString(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => null,
    };

    private static JsonElement? Find(JsonElement record, string[] names)
    {
        foreach (var name in names)
        {
            foreach (var property in record.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind != JsonValueKind.Null)
                    return property.Value;
            }
        }
        return null;
    }
}
