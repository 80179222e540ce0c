using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsBot.Host.Web;

/// <summary>
/// The JSON contract shared by the API and <c>--json</c> CLI output: web defaults (camelCase), so
/// <c>Reply</c> serialises as <c>answer, abstained, citations[{n, articleId, …}]</c>.
/// </summary>
internal static class ApiJson
{
    /// <summary>Compact, for HTTP and Server-Sent Events.</summary>
    public static JsonSerializerOptions Compact { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>Indented and without HTML escaping, for people reading CLI output.</summary>
    public static JsonSerializerOptions Indented { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
