using NewsBot.Core.Index;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace NewsBot.Storage.Postgres;

/// <summary>
/// The catalog in a PostgreSQL database several hosts share (<c>Storage:Provider=Postgres</c>). Opening it creates or
/// migrates the tables (<see cref="PostgresSchema"/>). Writes go one at a time across every host (an advisory lock
/// held by each write transaction); each host's Lucene index follows the <c>changes</c> log through <see cref="Feed"/>.
/// </summary>
internal sealed class PostgresCatalogStore : ICatalogStore
{
    /// <summary>Any fixed number, the same in every host: the key of the advisory lock a write transaction holds.</summary>
    public const long WriterLock = 0x4E65_7773_426F_7402;

    private readonly NpgsqlDataSource _source;
    private readonly WriteCounter _writes = new();

    public PostgresCatalogStore(string connectionString, TimeProvider time, ILogger<PostgresCatalogStore> logger)
    {
        var builder = ParseConnectionString(connectionString);
        // Where, for the log: never the connection string itself (it may hold a password).
        Description = $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
        _source = NpgsqlDataSource.Create(builder);
        try
        {
            var applied = PostgresSchema.Ensure(_source);
            if (applied > 0)
                logger.LogInformation("Catalog {Store}: schema migrated to version {Version} ({Steps} steps)", Description, PostgresSchema.Version, applied);
        }
        catch (NpgsqlException e)
        {
            _source.Dispose();
            // Npgsql's message names the host and port or the server's reason, never the password.
            var message = $"The catalog ({Description}, {StorageOptions.Section}:{nameof(StorageOptions.ConnectionString)}) could not be opened: {e.Message}";
            if (PostgresFailure.IsUnavailable(e))
                throw new CatalogUnavailableException(message, e);
            throw new InvalidOperationException(message, e);
        }
        catch
        {
            _source.Dispose();
            throw;
        }
        Feed = new PostgresCatalogFeed(_source);
        Articles = new PostgresArticleCatalog(_source, _writes, time);
        Passages = new PostgresCatalogPassages(_source, _writes);
    }

    public string Description { get; }

    internal static NpgsqlConnectionStringBuilder ParseConnectionString(string connectionString)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException)
        {
            // The parser's message may quote the string, which may hold a password: name the setting only.
            throw new InvalidOperationException(
                $"{StorageOptions.Section}:{nameof(StorageOptions.ConnectionString)} is not a valid Npgsql connection string " +
                "(expected 'Host=...;Port=5432;Database=...;Username=...;Password=...').");
        }
    }

    public ICatalogFeed Feed { get; }

    public IArticleCatalog Articles { get; }

    public ICatalogPassages Passages { get; }

    public ICatalogWrites BeginWrites() => new PostgresCatalogWrites(_source, _writes);

    public void Dispose() => _source.Dispose();
}
