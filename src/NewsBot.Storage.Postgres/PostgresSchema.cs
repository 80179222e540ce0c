using Npgsql;

namespace NewsBot.Storage.Postgres;

/// <summary>
/// The catalog's tables in PostgreSQL, created and migrated at start. Versioned (<c>schema_migrations</c> holds one row
/// per step applied), idempotent (a step applied is never applied again) and safe when several hosts start at once: the
/// whole migration runs in one transaction under a transaction-scoped advisory lock, so the second host waits, then
/// finds every step applied. The tables mirror the SQLite catalog's (<c>IndexSchema</c>): articles with their content
/// and text hashes, origins and aliases; passages keyed by a number never handed out twice; and the <c>changes</c> log,
/// one row per committed write, from which every host's own Lucene index is brought up to date. Step 2 adds the
/// conversations and the threads the bot answered in (<see cref="PostgresConversationStore"/>, <see cref="PostgresAnsweredThreads"/>);
/// step 3 the inbox of requests from the chat platforms (<see cref="PostgresInbox"/>); step 4 how far each host's index
/// has taken the changes log in (<see cref="PostgresCatalogFeed"/>); step 5 the Discord gateway's owner and stored
/// session (<see cref="PostgresGatewayOwnership"/>).
/// </summary>
internal static class PostgresSchema
{
    /// <summary>Any fixed number, the same in every host: the key of the advisory lock around migrations.</summary>
    public const long MigrationLock = 0x4E65_7773_426F_7401;

    // Ids, folded ids and origins compare in byte order ("C"), as SQLite's binary collation does: the prefix searches
    // below rely on U+10FFFF sorting after every string with the same prefix.
    private static readonly string[] Steps =
    [
        """
        CREATE TABLE catalog_meta(name text PRIMARY KEY, value bigint NOT NULL);
        INSERT INTO catalog_meta(name, value) VALUES
            ('catalog_id', 1 + floor(random() * 9007199254740990)::bigint), ('passage_key', 0), ('passages', 0), ('chars', 0);
        CREATE TABLE articles(
            key bigint PRIMARY KEY,
            id text COLLATE "C" NOT NULL UNIQUE,
            id_folded text COLLATE "C" NOT NULL,
            title text NOT NULL,
            url text,
            published text,
            published_utc bigint,
            source text,
            content_hash text NOT NULL,
            text_hash text NOT NULL,
            origin text COLLATE "C",
            folded text NOT NULL,
            canonical_key bigint);
        CREATE INDEX articles_text_hash ON articles(text_hash) WHERE canonical_key IS NULL;
        CREATE INDEX articles_canonical ON articles(canonical_key) WHERE canonical_key IS NOT NULL;
        CREATE INDEX articles_id_folded ON articles(id_folded);
        CREATE INDEX articles_origin ON articles(origin);
        CREATE INDEX articles_newest ON articles(published_utc DESC NULLS LAST, (lower(title) COLLATE "C"), id);
        CREATE TABLE passages(
            key bigint PRIMARY KEY,
            article_key bigint NOT NULL,
            ordinal integer NOT NULL,
            start_char integer NOT NULL,
            end_char integer NOT NULL,
            text text NOT NULL);
        CREATE INDEX passages_article ON passages(article_key, ordinal);
        CREATE TABLE changes(
            seq bigint PRIMARY KEY,
            committed_at timestamptz NOT NULL DEFAULT now(),
            max_passage_key bigint NOT NULL,
            changed_passages bigint[] NOT NULL);
        """,
        // 2: conversations and the threads the bot answered in, so a follow-up answered by another host keeps its context.
        """
        CREATE TABLE conversations(id text COLLATE "C" PRIMARY KEY, touched_at timestamptz NOT NULL);
        CREATE INDEX conversations_touched ON conversations(touched_at);
        CREATE TABLE conversation_turns(
            turn bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            conversation_id text COLLATE "C" NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            question text NOT NULL,
            standalone_question text NOT NULL,
            answer text NOT NULL);
        CREATE INDEX conversation_turns_conversation ON conversation_turns(conversation_id, turn);
        CREATE TABLE answered_threads(conversation_id text COLLATE "C" PRIMARY KEY, answered_at timestamptz NOT NULL);
        CREATE INDEX answered_threads_answered ON answered_threads(answered_at);
        """,
        // 3: the inbox: every request a chat platform delivered, recorded before it is acknowledged, with the lease of the
        // host answering it and the reply it posted (PostgresInbox).
        """
        CREATE TABLE inbox(
            key text COLLATE "C" PRIMARY KEY,
            platform text NOT NULL,
            payload text NOT NULL,
            received_at timestamptz NOT NULL DEFAULT now(),
            owner text NOT NULL,
            lease_until timestamptz,
            attempts integer NOT NULL DEFAULT 1,
            done_at timestamptz,
            reply text);
        CREATE INDEX inbox_open ON inbox(platform, lease_until) WHERE done_at IS NULL;
        CREATE INDEX inbox_received ON inbox(received_at);
        """,
        // 4: how far each host's index has taken the changes log in, so what every host has taken in can be pruned.
        """
        CREATE TABLE feed_positions(host text COLLATE "C" PRIMARY KEY, seq bigint NOT NULL, seen_at timestamptz NOT NULL);
        CREATE INDEX changes_committed ON changes(committed_at);
        """,
        // 5: the Discord gateway's owner (its epoch fences stale owners) and the session the next owner resumes.
        """
        CREATE TABLE gateway_owner(
            name text PRIMARY KEY,
            epoch bigint NOT NULL,
            owner text NOT NULL,
            user_id text,
            session_id text,
            resume_url text,
            seq bigint,
            updated_at timestamptz NOT NULL);
        """,
    ];

    /// <summary>The newest schema this build knows.</summary>
    public static int Version => Steps.Length;

    /// <summary>Creates or migrates the tables; returns the steps this call applied (0 when another host already had).</summary>
    public static int Ensure(NpgsqlDataSource source)
    {
        using var connection = source.OpenConnection();
        using var tx = connection.BeginTransaction();
        Execute(connection, tx, "SELECT pg_advisory_xact_lock(@p0)", MigrationLock);
        Execute(connection, tx, "CREATE TABLE IF NOT EXISTS schema_migrations(version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
        using var current = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM schema_migrations", connection, tx);
        var version = Convert.ToInt32(current.ExecuteScalar());
        if (version > Version)
            throw new InvalidOperationException($"The PostgreSQL catalog was migrated by a newer NewsBot (schema {version}, this one knows {Version}).");
        for (var step = version + 1; step <= Version; step++)
        {
            Execute(connection, tx, Steps[step - 1]);
            Execute(connection, tx, "INSERT INTO schema_migrations(version) VALUES(@p0)", step);
        }
        tx.Commit();
        return Version - version;
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction tx, string sql, params object[] values)
    {
        using var command = new NpgsqlCommand(sql, connection, tx);
        for (var i = 0; i < values.Length; i++)
            command.Parameters.AddWithValue("p" + i, values[i]);
        command.ExecuteNonQuery();
    }
}
