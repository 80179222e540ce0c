using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NewsBot.Core;

/// <summary>
/// The core in a container of its own, for everything that runs it outside the web host: the CLI verbs, the
/// evaluation runs and benches, and the micro-benchmarks. The web host adds the same
/// <see cref="ServiceCollectionExtensions.AddNewsBotCore"/> to its own container instead.
/// </summary>
public static class CoreServiceProvider
{
    /// <summary>
    /// Builds the core over <paramref name="configuration"/> (options bind to it once, in
    /// <see cref="ServiceCollectionExtensions.AddNewsBotCore"/>; defaults in code) and checks every option group now,
    /// so a wrong setting fails here with a message that names it.
    /// </summary>
    /// <param name="configuration">The settings: appsettings and environment for the CLI, in-memory values for eval and bench.</param>
    /// <param name="logging">Where logs go; none when left out.</param>
    /// <param name="storage">
    /// Registrations beside the core's, such as another catalog store (the CLI adds NewsBot.Storage.Postgres's
    /// <c>AddNewsBotPostgres</c>, which the core cannot reference).
    /// </param>
    public static ServiceProvider Build(IConfiguration configuration, Action<ILoggingBuilder>? logging = null, Action<IServiceCollection>? storage = null)
    {
        var services = new ServiceCollection()
            .AddSingleton(configuration)
            .AddLogging(logging ?? (_ => { }))
            .AddNewsBotCore();
        storage?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        try
        {
            // ValidateOnStart only runs under a host; outside one the options are checked here.
            provider.GetService<IStartupValidator>()?.Validate();
            return provider;
        }
        catch
        {
            provider.Dispose();
            throw;
        }
    }
}
