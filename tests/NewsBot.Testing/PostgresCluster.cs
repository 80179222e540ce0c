using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace NewsBot.Testing;

/// <summary>
/// A throwaway PostgreSQL server for one test assembly (an xunit collection fixture): Debian's binaries under
/// <c>/usr/lib/postgresql/*/bin</c>, a cluster made by <c>initdb</c> in a temporary folder, trust authentication,
/// listening on 127.0.0.1 only at a free port; stopped and deleted at the end. <c>initdb</c> refuses to run as root, so
/// as root the folder is given to the <c>postgres</c> user and the server runs as that user. Started on first use, so a
/// run where every test is skipped (<see cref="PostgresFactAttribute"/>) starts nothing. Each test takes a database of
/// its own (<see cref="CreateDatabaseAsync"/>).
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    private readonly SemaphoreSlim _start = new(1, 1);
    private string? _folder;
    private string? _binaries;
    private int _port;

    /// <summary>The folder holding <c>initdb</c> and <c>pg_ctl</c> (the newest version installed), or null.</summary>
    public static string? Binaries { get; } = FindBinaries();

    /// <summary>Why PostgreSQL tests cannot run here, or null when they can.</summary>
    public static string? AbsentReason => Binaries is null
        ? "needs a PostgreSQL server under /usr/lib/postgresql/*/bin (apt-get install -y postgresql; .ci/run installs it)"
        : null;

    /// <summary>The port the server listens on (127.0.0.1), once started.</summary>
    public int Port => _port;

    /// <summary>A new, empty database; returns its connection string (user <c>postgres</c>, no password: trust on loopback).</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        await EnsureStartedAsync();
        var name = "t_" + Guid.NewGuid().ToString("n");
        // Unpooled: a pooled connection would outlive a Stop/Start of the server.
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false"))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }
        return ConnectionString(name);
    }

    /// <summary>Stops the server (fast shutdown) and keeps its data, or starts it again: a database going away and coming back.</summary>
    public void Stop() => PgCtl("stop -m fast -w");

    /// <inheritdoc cref="Stop"/>
    public void Start() => PgCtl($"start -w -t 60 -l {_folder}/server.log -o \"-p {_port} -c listen_addresses=127.0.0.1 -k {_folder} -c fsync=off\"");

    private string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = _port, Username = "postgres", Database = database, Pooling = true }.ToString();

    private async Task EnsureStartedAsync()
    {
        await _start.WaitAsync();
        try
        {
            if (_folder is not null)
                return;
            _binaries = Binaries ?? throw new InvalidOperationException(AbsentReason);
            var folder = Path.Combine(Path.GetTempPath(), "newsbot-pg-" + Guid.NewGuid().ToString("n"));
            Directory.CreateDirectory(folder);
            if (Environment.UserName == "root")
                Run("chown", $"postgres:postgres {folder}", asPostgres: false);
            _folder = folder;
            _port = FreePort();
            Run(Path.Combine(_binaries, "initdb"), $"-D {folder}/data -U postgres --auth=trust -E UTF8 --locale=C", asPostgres: true);
            Start();
        }
        finally
        {
            _start.Release();
        }
    }

    public void Dispose()
    {
        if (_folder is null)
            return;
        try
        {
            PgCtl("stop -m immediate -w");
        }
        catch (InvalidOperationException)
        {
            // Already stopped (a test stopped it); the folder goes below either way.
        }
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS temp cleaner takes the rest.
        }
    }

    private void PgCtl(string arguments) => Run(Path.Combine(_binaries!, "pg_ctl"), $"-D {_folder}/data {arguments}", asPostgres: true);

    private static void Run(string program, string arguments, bool asPostgres)
    {
        var start = asPostgres && Environment.UserName == "root"
            ? new ProcessStartInfo("runuser", $"-u postgres -- {program} {arguments}")
            : new ProcessStartInfo(program, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = "/";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            process.Kill(entireProcessTree: true);
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(program)} {arguments} exited with {process.ExitCode}: {errors.Result}{output.Result}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
            return null;
        return Directory.GetDirectories(root)
            .Select(d => Path.Combine(d, "bin"))
            .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
            .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var v) ? v : 0)
            .FirstOrDefault();
    }
}
