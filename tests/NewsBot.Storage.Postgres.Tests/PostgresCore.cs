using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Core;
using NewsBot.Testing;

namespace NewsBot.Storage.Postgres.Tests;

/// <summary>
/// One host's core with <c>Storage:Provider=Postgres</c>: its own folder (and so its own Lucene index) over a shared
/// database, built exactly as the CLI builds it (<see cref="CoreServiceProvider.Build"/> plus <c>AddNewsBotPostgres</c>).
/// </summary>
internal sealed class PostgresCore : IDisposable
{
    private readonly TempDirectory _folder = new();

    public PostgresCore(string connectionString, Action<ILoggingBuilder>? logging = null, params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = connectionString,
            ["Index:Path"] = _folder.File("newsbot.db"),
            ["Index:PollSeconds"] = "0.2",
            ["Embeddings:Provider"] = "None",
        };
        foreach (var (key, value) in more)
            settings[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        Services = CoreServiceProvider.Build(configuration, logging, services => services.AddNewsBotPostgres());
    }

    public ServiceProvider Services { get; }

    public string Folder => _folder.Path;

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public void Dispose()
    {
        Services.Dispose();
        _folder.Dispose();
    }
}
