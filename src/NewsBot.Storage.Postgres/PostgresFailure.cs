using NewsBot.Core.Index;
using Npgsql;

namespace NewsBot.Storage.Postgres;

/// <summary>
/// Turns "the server cannot be reached" (refused, dropped, shutting down, restarting) into the core's
/// <see cref="CatalogUnavailableException"/>, so the front ends say they cannot answer now; any other database error
/// stays what it is. Npgsql drops a broken pooled connection, so the next call after the server is back succeeds.
/// </summary>
internal static class PostgresFailure
{
    public static T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (NpgsqlException e) when (IsUnavailable(e))
        {
            throw new CatalogUnavailableException("The PostgreSQL catalog cannot be reached now.", e);
        }
    }

    /// <summary>As <see cref="Guard{T}"/>, for a statement run asynchronously.</summary>
    public static async Task<T> GuardAsync<T>(Func<Task<T>> run)
    {
        try
        {
            return await run();
        }
        catch (NpgsqlException e) when (IsUnavailable(e))
        {
            throw new CatalogUnavailableException("The PostgreSQL catalog cannot be reached now.", e);
        }
    }

    /// <summary>An open connection to the shared state, or <see cref="CatalogUnavailableException"/> when the server cannot be reached.</summary>
    public static async ValueTask<NpgsqlConnection> OpenAsync(PostgresSharedState state, CancellationToken cancellationToken)
    {
        try
        {
            return await state.Source.OpenConnectionAsync(cancellationToken);
        }
        catch (NpgsqlException e) when (IsUnavailable(e))
        {
            throw new CatalogUnavailableException("The PostgreSQL catalog cannot be reached now.", e);
        }
    }

    // 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up), 08* connection exceptions,
    // 53* insufficient resources (53300 too_many_connections: a burst across hosts past the server's max_connections).
    public static bool IsUnavailable(NpgsqlException e) =>
        e is PostgresException p
            ? p.SqlState is "57P01" or "57P02" or "57P03" || p.SqlState.StartsWith("08", StringComparison.Ordinal) || p.SqlState.StartsWith("53", StringComparison.Ordinal)
            : e.IsTransient;
}
