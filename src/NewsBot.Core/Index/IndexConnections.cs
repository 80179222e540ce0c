using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace NewsBot.Core.Index;

/// <summary>
/// One writer connection (writes are serialised by a semaphore, which async callers may hold across awaits)
/// and a pool of reader connections, one per concurrent reader. In WAL mode readers see the last commit
/// while a write is in progress.
/// </summary>
internal sealed class IndexConnections : IDisposable
{
    private readonly string _connectionString;
    private readonly ConcurrentBag<SqliteConnection> _readers = [];
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly SqliteConnection _writer;
    private bool _disposed;

    static IndexConnections()
    {
        SQLitePCL.Batteries_V2.Init();
        // No global memory statistics (the bundled SQLite keeps them): they take a process-wide mutex on every
        // allocation, which serialises concurrent searches. Possible only before SQLite initialises (the first
        // connection opened in the process); after that the call fails harmlessly and statistics stay on.
        SQLitePCL.raw.sqlite3_config(SQLitePCL.raw.SQLITE_CONFIG_MEMSTATUS, 0);
    }

    public IndexConnections(string path)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString();
        _writer = new SqliteConnection(_connectionString);
        _writer.Open();
        IndexSchema.Ensure(_writer);
        IndexSchema.Configure(_writer);
    }

    /// <summary>Bumped after every committed write, so caches know when to refresh.</summary>
    public long WriteVersion => Interlocked.Read(ref _writeVersion);

    private long _writeVersion;

    /// <summary>Waits for the writer; dispose the lease to release it.</summary>
    public WriterLease EnterWriter()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writeGate.Wait();
        return new WriterLease(this, _writer);
    }

    /// <summary>The writer if nobody holds it now, else null.</summary>
    public WriterLease? TryEnterWriter()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _writeGate.Wait(0) ? new WriterLease(this, _writer) : null;
    }

    /// <summary>A reader connection from the pool; dispose the lease to return it.</summary>
    public ReaderLease RentReader()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_readers.TryTake(out var connection))
        {
            connection = new SqliteConnection(_connectionString);
            connection.Open();
            IndexSchema.Configure(connection);
        }
        return new ReaderLease(this, connection);
    }

    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        _writeGate.Wait();
        _writer.Dispose();
        while (_readers.TryTake(out var reader))
            reader.Dispose();
        _writeGate.Dispose();
    }

    internal readonly struct WriterLease(IndexConnections owner, SqliteConnection connection) : IDisposable
    {
        public SqliteConnection Connection => connection;

        public void Dispose()
        {
            Interlocked.Increment(ref owner._writeVersion);
            owner._writeGate.Release();
        }
    }

    internal readonly struct ReaderLease(IndexConnections owner, SqliteConnection connection) : IDisposable
    {
        public SqliteConnection Connection => connection;

        public void Dispose()
        {
            if (owner._disposed)
                connection.Dispose();
            else
                owner._readers.Add(connection);
        }
    }
}
