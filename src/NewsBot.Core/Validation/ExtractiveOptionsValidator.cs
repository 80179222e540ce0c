using Microsoft.Extensions.Options;
using NewsBot.Core.Answering;

namespace NewsBot.Core.Validation;

/// <summary>Fails start-up with a message naming the setting when section <c>Extractive</c> is out of range.</summary>
internal sealed class ExtractiveOptionsValidator : IValidateOptions<ExtractiveOptions>
{
    public ValidateOptionsResult Validate(string? name, ExtractiveOptions options)
    {
        var failures = new List<string>();
        SettingRange.Check(failures, "Extractive:MinCoverage", options.MinCoverage, 0, 1);
        if (options.MinConfidence is { } confidence)
            SettingRange.Check(failures, "Extractive:MinConfidence", confidence, 0, 1);
        SettingRange.Check(failures, "Extractive:EncodedSentences", options.EncodedSentences, 1, 200);
        SettingRange.Check(failures, "Extractive:ConflictRatio", options.ConflictRatio, 0, 1);
        SettingRange.Check(failures, "Extractive:ConflictSimilarity", options.ConflictSimilarity, 0, 1);
        SettingRange.Check(failures, "Extractive:SupportRatio", options.SupportRatio, 0, 1);
        SettingRange.Check(failures, "Extractive:MaxSentences", options.MaxSentences, 1, 3);
        if (!string.IsNullOrWhiteSpace(options.ModelPath) && !File.Exists(options.ModelPath))
            failures.Add($"Extractive:ModelPath names a file that does not exist: '{options.ModelPath}'.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
