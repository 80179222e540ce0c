using NewsBot.Testing;

namespace NewsBot.Storage.Postgres.Tests;

/// <summary>One throwaway PostgreSQL server for the assembly's tests; each test creates its own database on it.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>
{
    public const string Name = "postgres";
}
