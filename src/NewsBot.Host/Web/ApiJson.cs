using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NewsBot.Core.Answering;

namespace NewsBot.Host.Web;

/// <summary>
/// The JSON contract shared by the API and <c>--json</c> CLI output: web defaults (camelCase), so
/// <c>Reply</c> serialises as <c>answer, abstained, citations[{n, articleId, …}], spans[{start, length}]</c>.
/// </summary>
internal static class ApiJson
{
    /// <summary>Compact, for HTTP and Server-Sent Events.</summary>
    public static JsonSerializerOptions Compact { get; } = new(JsonSerializerDefaults.Web) { TypeInfoResolver = Contract() };

    /// <summary>Indented and without HTML escaping, for people reading CLI output.</summary>
    public static JsonSerializerOptions Indented { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = Contract(),
    };

    // A span is {start, length} on the wire, as the record is constructed; its derived End stays a convenience in C#.
    private static DefaultJsonTypeInfoResolver Contract() => new()
    {
        Modifiers =
        {
            info =>
            {
                if (info.Type == typeof(AnswerSpan) && info.Properties.FirstOrDefault(p => p.AttributeProvider is PropertyInfo { Name: nameof(AnswerSpan.End) }) is { } end)
                    info.Properties.Remove(end);
            },
        },
    };
}
