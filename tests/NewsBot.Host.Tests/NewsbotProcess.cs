using System.Diagnostics;

namespace NewsBot.Host.Tests;

/// <summary>The built <c>newsbot</c> program run as a child process, as a user runs it.</summary>
internal static class NewsbotProcess
{
    /// <summary>Runs <c>dotnet newsbot.dll ARGS</c> in <paramref name="workingDirectory"/> with extra environment variables; 60 s is a hang guard, not a speed target.</summary>
    public static async Task<NewsbotRun> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "newsbot.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new NewsbotRun(process.ExitCode, await stdout, await stderr);
    }
}

/// <summary>What a <c>newsbot</c> child process did.</summary>
internal sealed record NewsbotRun(int Exit, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {Exit}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
