namespace NewsBot.Core.Index;

/// <summary>
/// Opens the catalog of a <see cref="StorageProvider"/> other than SQLite; the project that implements it registers one
/// (NewsBot.Storage.Postgres), so Core needs no database driver.
/// </summary>
internal sealed class CatalogStoreFactory(StorageProvider provider, Func<IServiceProvider, ICatalogStore> open)
{
    public StorageProvider Provider => provider;

    public ICatalogStore Open(IServiceProvider services) => open(services);
}
