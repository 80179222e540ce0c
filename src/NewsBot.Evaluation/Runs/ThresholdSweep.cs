using System.Globalization;

namespace NewsBot.Evaluation.Runs;

/// <summary>A configuration key and the values to try, from <c>--sweep Key=v1,v2,v3</c>.</summary>
internal sealed record ThresholdSweep(string Key, IReadOnlyList<double> Values)
{
    public static ThresholdSweep Parse(string text)
    {
        var parts = text.Split('=', 2);
        if (parts.Length != 2 || parts[0].Trim().Length == 0)
            throw new FormatException($"--sweep takes Key=v1,v2,... (e.g. Answering:AbstainBelow=0.1,0.2), not '{text}'.");
        var values = parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                ? d
                : throw new FormatException($"--sweep value '{v}' is not a number."))
            .ToArray();
        return values.Length == 0 ? throw new FormatException("--sweep needs at least one value.") : new ThresholdSweep(parts[0].Trim(), values);
    }

    public IReadOnlyDictionary<string, string?> Apply(IReadOnlyDictionary<string, string?> settings, double value) =>
        new Dictionary<string, string?>(settings) { [Key] = value.ToString(CultureInfo.InvariantCulture) };
}
