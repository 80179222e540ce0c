using Npgsql;

namespace NewsBot.Storage.Postgres;

/// <summary>
/// The connection pool for what hosts share besides the catalog (conversations, answered threads), with the schema
/// created or migrated (<see cref="PostgresSchema.Ensure"/>, idempotent) before its first use. A first use that fails
/// (the server down, the database not there yet) is tried again at the next use, never remembered.
/// </summary>
internal sealed class PostgresSharedState(string connectionString) : IDisposable
{
    private readonly NpgsqlConnectionStringBuilder _builder = PostgresCatalogStore.ParseConnectionString(connectionString);
    private readonly Lock _gate = new();
    private NpgsqlDataSource? _source;

    public NpgsqlDataSource Source
    {
        get
        {
            lock (_gate)
                return _source ??= Open();
        }
    }

    private NpgsqlDataSource Open()
    {
        var source = NpgsqlDataSource.Create(_builder);
        try
        {
            PostgresFailure.Guard(() => PostgresSchema.Ensure(source));
            return source;
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        lock (_gate)
            _source?.Dispose();
    }
}
