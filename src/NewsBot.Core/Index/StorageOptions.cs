namespace NewsBot.Core.Index;

/// <summary>Settings of section <c>Storage</c>: where the catalog (the system of record) is kept.</summary>
public sealed class StorageOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Storage";

    /// <summary><see cref="StorageProvider.Sqlite"/> (default) or <see cref="StorageProvider.Postgres"/>.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>
    /// With <see cref="StorageProvider.Postgres"/>: the Npgsql connection string. A secret (it may hold a password): set it
    /// through the environment (<c>Storage__ConnectionString</c>), never in appsettings.json; it is never logged.
    /// </summary>
    public string? ConnectionString { get; set; }
}
