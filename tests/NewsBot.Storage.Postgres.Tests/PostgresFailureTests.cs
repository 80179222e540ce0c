using Npgsql;

namespace NewsBot.Storage.Postgres.Tests;

/// <summary>Which server errors mean "cannot answer now" (503, try again) rather than a fault in NewsBot.</summary>
public sealed class PostgresFailureTests
{
    [Theory]
    [InlineData("53300", true)] // too_many_connections: a burst past max_connections
    [InlineData("57P01", true)] // admin_shutdown
    [InlineData("57P03", true)] // cannot_connect_now
    [InlineData("08006", true)] // connection_failure
    [InlineData("23505", false)] // unique_violation: a bug, not an outage
    [InlineData("42P01", false)] // undefined_table
    public void A_server_error_is_unavailable_only_when_trying_again_later_can_help(string sqlState, bool unavailable) =>
        Assert.Equal(unavailable, PostgresFailure.IsUnavailable(new PostgresException("message", "FATAL", "FATAL", sqlState)));
}
