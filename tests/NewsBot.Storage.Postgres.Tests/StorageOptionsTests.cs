using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Core;
using NewsBot.Core.Index;
using NewsBot.Testing;

namespace NewsBot.Storage.Postgres.Tests;

/// <summary>Storage settings checked at start, with messages that name the setting and never repeat a secret (no server needed).</summary>
public sealed class StorageOptionsTests
{
    [Fact]
    public void The_default_is_the_embedded_sqlite_catalog()
    {
        using var folder = new TempDirectory();
        using var core = CoreServiceProvider.Build(Settings(("Index:Path", folder.File("newsbot.db"))), storage: s => s.AddNewsBotPostgres());

        Assert.Equal(StorageProvider.Sqlite, core.GetRequiredService<IOptions<StorageOptions>>().Value.Provider);
        Assert.Equal(0, core.GetRequiredService<PassageIndex>().ArticleCount);
        Assert.True(File.Exists(folder.File("newsbot.db")));
    }

    [Fact]
    public void Postgres_without_a_connection_string_fails_at_start_naming_the_setting()
    {
        var error = Assert.Throws<OptionsValidationException>(() =>
            CoreServiceProvider.Build(Settings(("Storage:Provider", "Postgres")), storage: s => s.AddNewsBotPostgres()));

        Assert.Contains("Storage:ConnectionString", error.Message, StringComparison.Ordinal);
        Assert.Contains("Storage__ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_provider_fails_at_start_naming_the_setting()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            CoreServiceProvider.Build(Settings(("Storage:Provider", "Oracle")), storage: s => s.AddNewsBotPostgres()));

        Assert.Contains("Storage:Provider", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Postgres_in_a_program_without_the_postgres_storage_says_so()
    {
        using var core = CoreServiceProvider.Build(Settings(("Storage:Provider", "Postgres"), ("Storage:ConnectionString", "Host=127.0.0.1")));

        var error = Assert.Throws<InvalidOperationException>(() => core.GetRequiredService<PassageIndex>());

        Assert.Contains("Storage:Provider is Postgres", error.Message, StringComparison.Ordinal);
        Assert.Contains("AddNewsBotPostgres", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_connection_string_is_reported_without_its_text()
    {
        using var core = CoreServiceProvider.Build(
            Settings(("Storage:Provider", "Postgres"), ("Storage:ConnectionString", "Host=db;Password=hunter2-secret;Colour=blue")),
            storage: s => s.AddNewsBotPostgres());

        var error = Assert.Throws<InvalidOperationException>(() => core.GetRequiredService<PassageIndex>());

        Assert.Contains("Storage:ConnectionString is not a valid Npgsql connection string", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2-secret", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_server_that_cannot_be_reached_at_start_is_named_with_the_setting_and_without_the_password()
    {
        using var folder = new TempDirectory();
        using var core = CoreServiceProvider.Build(Settings(("Storage:Provider", "Postgres"), ("Index:Path", folder.File("newsbot.db")),
            ("Storage:ConnectionString", $"Host=127.0.0.1;Port={ClosedPort()};Database=news;Username=bot;Password=hunter2-secret;Timeout=5")),
            storage: s => s.AddNewsBotPostgres());

        var error = Assert.Throws<CatalogUnavailableException>(() => core.GetRequiredService<PassageIndex>());

        Assert.Contains("PostgreSQL 127.0.0.1:", error.Message, StringComparison.Ordinal);
        Assert.Contains("Storage:ConnectionString", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2-secret", error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A loopback port nothing listens on (taken, then let go).</summary>
    internal static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();
}
