using System.Globalization;
using Npgsql;

namespace NewsBot.Storage.Postgres;

/// <summary>Column readers shared by the catalog's queries (dates are stored as the article gave them, round-trip text).</summary>
internal static class PostgresRead
{
    public static string? NullableString(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static DateTimeOffset? Date(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTimeOffset.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture);
}
