using System.Globalization;

namespace NewsBot.Core.Validation;

/// <summary>Range checks that name the setting and say what it is, for the options validators.</summary>
internal static class SettingRange
{
    public static void Check(List<string> failures, string setting, int value, int min, int max)
    {
        if (value < min || value > max)
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{setting} must be between {min} and {max}; it is {value}."));
    }

    public static void Check(List<string> failures, string setting, double value, double min, double max)
    {
        if (double.IsNaN(value) || value < min || value > max)
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{setting} must be between {min} and {max}; it is {value}."));
    }
}
