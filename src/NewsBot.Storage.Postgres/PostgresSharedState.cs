using Npgsql;

namespace NewsBot.Storage.Postgres;

/// <summary>
/// The connection pool for what hosts share besides the catalog (conversations, answered threads), with the schema
/// created or migrated (<see cref="PostgresSchema.Ensure"/>, idempotent) before its first use.
/// </summary>
internal sealed class PostgresSharedState : IDisposable
{
    private readonly Lazy<NpgsqlDataSource> _source;

    public PostgresSharedState(string connectionString)
    {
        var builder = PostgresCatalogStore.ParseConnectionString(connectionString);
        _source = new Lazy<NpgsqlDataSource>(() =>
        {
            var source = NpgsqlDataSource.Create(builder);
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
        });
    }

    public NpgsqlDataSource Source => _source.Value;

    public void Dispose()
    {
        if (_source.IsValueCreated)
            _source.Value.Dispose();
    }
}
