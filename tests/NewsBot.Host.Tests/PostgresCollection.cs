using NewsBot.Testing;

namespace NewsBot.Host.Tests;

/// <summary>One throwaway PostgreSQL server for this assembly's <c>Storage:Provider=Postgres</c> tests; each test creates its own database.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>
{
    public const string Name = "postgres";
}
