using System.Diagnostics;

namespace NewsBot.Evaluation.Bench;

/// <summary>
/// The real host in a child process (<c>newsbot serve --urls http://127.0.0.1:0</c>) over a given index, with an
/// empty articles folder so nothing is synced; the address is read from its "listening on" line.
/// </summary>
internal sealed class ServedHost : IDisposable
{
    private const string ListeningOn = "listening on ";
    private readonly Process _process;

    private ServedHost(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <param name="indexPath">The index file (SQLite), or with a shared catalog where the host keeps its own Lucene index.</param>
    /// <param name="emptyArticlesFolder">An empty folder, created here, so nothing is synced at start.</param>
    /// <param name="environment">Settings for the host only, as environment variables (e.g. <c>Storage__Provider</c>); none when null.</param>
    /// <param name="cancellationToken">Stops waiting for the host to listen.</param>
    public static async Task<ServedHost> StartAsync(string indexPath, string emptyArticlesFolder, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        Directory.CreateDirectory(emptyArticlesFolder);
        var info = SelfProcess.StartInfo(["serve", "--index", indexPath, "--articles", emptyArticlesFolder, "--urls", "http://127.0.0.1:0"]);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            info.Environment[name] = value;
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start newsbot serve.");
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromMinutes(2));
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                var at = line.IndexOf(ListeningOn, StringComparison.OrdinalIgnoreCase);
                if (at >= 0 && Uri.TryCreate(line[(at + ListeningOn.Length)..].Trim(), UriKind.Absolute, out var address))
                {
                    // Keep draining stdout so the host never blocks on a full pipe.
                    _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, CancellationToken.None);
                    return new ServedHost(process, address);
                }
            }
            throw new InvalidOperationException($"newsbot serve exited (code {(process.HasExited ? process.ExitCode : -1)}) before listening.");
        }
        catch
        {
            Stop(process);
            process.Dispose();
            throw;
        }
    }

    /// <summary>The host over <paramref name="workspace"/>'s index, with an empty articles folder in it.</summary>
    public static Task<ServedHost> StartAsync(EvalWorkspace workspace, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? environment = null) =>
        StartAsync(workspace.IndexPath, Path.Combine(workspace.Folder, "no-articles"), cancellationToken, environment);

    /// <summary>
    /// Waits until <c>/healthz</c> answers 200 with the passage index caught up (<c>0 changes behind</c>, or no such line
    /// with a SQLite catalog); throws when <paramref name="timeout"/> passes first.
    /// </summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(10) };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            try
            {
                using var response = await http.GetAsync("/healthz", deadline.Token);
                var body = await response.Content.ReadAsStringAsync(deadline.Token);
                if (response.IsSuccessStatusCode && (body.Contains(" 0 changes behind", StringComparison.Ordinal) || !body.Contains("changes behind", StringComparison.Ordinal)))
                    return;
            }
            catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // Not listening yet, or the deadline: checked below.
            }
            if (deadline.IsCancellationRequested)
                throw new TimeoutException($"newsbot serve was not ready within {timeout.TotalSeconds:0} s.");
            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>The host process's peak RSS (VmHWM), in MB, or NaN where /proc is absent.</summary>
    public double PeakRssMb()
    {
        var status = $"/proc/{_process.Id}/status";
        if (!File.Exists(status))
            return double.NaN;
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is not null && long.TryParse(line["VmHWM:".Length..].Trim().Split(' ')[0], out var kb) ? kb / 1024.0 : double.NaN;
    }

    public void Dispose()
    {
        Stop(_process);
        _process.Dispose();
    }

    private static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
    }
}
