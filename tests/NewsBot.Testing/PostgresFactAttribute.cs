using Xunit;

namespace NewsBot.Testing;

/// <summary>A fact that needs a PostgreSQL server (<see cref="PostgresCluster"/>); skipped, with the reason shown, where none is installed.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresCluster.AbsentReason is { } reason)
            Skip = reason;
    }
}
