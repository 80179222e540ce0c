using Microsoft.Extensions.Configuration;

namespace NewsBot.Host.Startup;

/// <summary>
/// The one configuration order every verb and the web host use, later sources winning:
/// appsettings.json beside the executable, appsettings.json in the current directory (the repo root under
/// <c>dotnet run</c>), environment variables (<c>Index__Path</c>, <c>Slack__BotToken</c>), then command-line options.
/// </summary>
internal static class NewsBotConfiguration
{
    public const string FileName = "appsettings.json";

    public static IConfigurationBuilder AddNewsBotSources(this IConfigurationBuilder builder, HostSettings settings)
    {
        var beside = Path.Combine(AppContext.BaseDirectory, FileName);
        var current = Path.Combine(Directory.GetCurrentDirectory(), FileName);
        builder.AddJsonFile(beside, optional: true, reloadOnChange: false);
        if (!string.Equals(Path.GetFullPath(beside), Path.GetFullPath(current), StringComparison.Ordinal))
            builder.AddJsonFile(current, optional: true, reloadOnChange: false);
        builder.AddEnvironmentVariables();
        builder.AddInMemoryCollection(Overrides(settings));
        return builder;
    }

    public static IConfiguration Build(HostSettings settings) =>
        new ConfigurationBuilder().AddNewsBotSources(settings).Build();

    private static IEnumerable<KeyValuePair<string, string?>> Overrides(HostSettings settings)
    {
        if (settings.IndexPath is not null)
            yield return new("Index:Path", settings.IndexPath);
        if (settings.Urls is not null)
            yield return new("Urls", settings.Urls);
    }
}
