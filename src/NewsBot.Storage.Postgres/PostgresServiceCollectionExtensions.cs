using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Index;

namespace NewsBot.Storage.Postgres;

/// <summary>Registers the PostgreSQL catalog, used when <c>Storage:Provider</c> is <c>Postgres</c>.</summary>
public static class PostgresServiceCollectionExtensions
{
    /// <summary>
    /// Makes <c>Storage:Provider=Postgres</c> available to the core (<c>AddNewsBotCore</c>): the catalog and change log in
    /// the database <c>Storage:ConnectionString</c> names, created or migrated when the passage index opens. With the
    /// default provider (<c>Sqlite</c>) nothing of it runs and no database is needed.
    /// </summary>
    public static IServiceCollection AddNewsBotPostgres(this IServiceCollection services)
    {
        services.AddSingleton(new CatalogStoreFactory(StorageProvider.Postgres, Open));
        return services;
    }

    private static PostgresCatalogStore Open(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var logger = services.GetRequiredService<ILogger<PostgresCatalogStore>>();
        return new PostgresCatalogStore(options.ConnectionString!, services.GetRequiredService<TimeProvider>(), logger);
    }
}
