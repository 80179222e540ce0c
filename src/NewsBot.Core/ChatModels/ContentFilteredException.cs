using System.ClientModel;
using System.Text.Json;

namespace NewsBot.Core.ChatModels;

/// <summary>
/// Azure OpenAI's content filter refused: the prompt was blocked (HTTP 400, <c>error.code = "content_filter"</c>) or the
/// answer was cut off (finish reason <c>content_filter</c>). <see cref="Categories"/> names what fired, for the log.
/// </summary>
internal sealed class ContentFilteredException(string where, string categories)
    : Exception($"The content filter blocked the {where} ({categories}).")
{
    /// <summary><c>prompt</c> or <c>answer</c>.</summary>
    public string Where { get; } = where;

    /// <summary>The filter categories that fired with their severity, e.g. <c>violence (medium)</c>; <c>unknown</c> when not said.</summary>
    public string Categories { get; } = categories;

    /// <summary>For a finish reason <c>content_filter</c>: the answer was cut off.</summary>
    public static ContentFilteredException Answer() => new("answer", "unknown");

    /// <summary>The refusal in an HTTP 400 from Azure (see the content-filtering doc, "Scenario details"), or null for any other error.</summary>
    public static ContentFilteredException? FromError(ClientResultException exception)
    {
        if (exception.Status != 400 || exception.GetRawResponse()?.Content is not { } content)
            return null;
        try
        {
            using var body = JsonDocument.Parse(content.ToMemory());
            if (!body.RootElement.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object
                || !error.TryGetProperty("code", out var code) || code.GetString() != "content_filter")
                return null;
            var categories = error.TryGetProperty("innererror", out var inner) && inner.ValueKind == JsonValueKind.Object
                && inner.TryGetProperty("content_filter_result", out var result) && result.ValueKind == JsonValueKind.Object
                ? Fired(result)
                : [];
            return new("prompt", categories.Count == 0 ? "unknown" : string.Join(", ", categories));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static List<string> Fired(JsonElement result) =>
        [.. result.EnumerateObject()
            .Where(category => category.Value.ValueKind == JsonValueKind.Object
                && category.Value.TryGetProperty("filtered", out var filtered) && filtered.ValueKind == JsonValueKind.True)
            .Select(category => category.Value.TryGetProperty("severity", out var severity) && severity.ValueKind == JsonValueKind.String
                ? $"{category.Name} ({severity.GetString()})"
                : category.Name)];
}
