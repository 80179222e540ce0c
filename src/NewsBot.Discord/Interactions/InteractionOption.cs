using System.Globalization;
using System.Text.Json;

namespace NewsBot.Discord.Interactions;

/// <summary>One command option; <see cref="Value"/> is a string, integer, number or boolean depending on the option type.</summary>
internal sealed record InteractionOption(string Name, int Type, JsonElement? Value = null, bool Focused = false)
{
    public string? StringValue => Value switch
    {
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { ValueKind: JsonValueKind.Number } v => v.GetRawText(),
        _ => null,
    };

    public int? IntValue => Value switch
    {
        { ValueKind: JsonValueKind.Number } v when v.TryGetInt32(out var i) => i,
        { ValueKind: JsonValueKind.String } v when int.TryParse(v.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) => i,
        _ => null,
    };
}
