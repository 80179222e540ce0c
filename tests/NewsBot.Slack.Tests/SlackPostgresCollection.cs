using NewsBot.Testing;

namespace NewsBot.Slack.Tests;

/// <summary>
/// One throwaway PostgreSQL server for this assembly's shared-inbox tests; each test creates its own database. One
/// collection, so the tests that stop the server run alone.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SlackPostgresCollection : ICollectionFixture<PostgresCluster>
{
    public const string Name = "slack-postgres";
}
