namespace NewsBot.Host.Tests;

/// <summary>A fact that drives Debian Chromium; skipped, with the reason shown, where <c>/usr/bin/chromium</c> is absent.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath))
            Skip = $"needs {ChromiumPath} (apt-get install -y chromium; .ci/run installs it)";
    }
}
