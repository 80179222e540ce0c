using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsBot.Discord;

/// <summary>Discord's wire format: snake_case names, snowflakes as strings.</summary>
internal static class DiscordJson
{
    /// <summary>For REST bodies and interaction responses: absent optional fields are left out.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>For gateway frames, where <c>"d": null</c> must be written (a first heartbeat has no sequence).</summary>
    public static JsonSerializerOptions Gateway { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };
}
