using System.Diagnostics;
using System.Text.Json;
using NewsBot.Testing;

namespace NewsBot.Host.Tests;

/// <summary>The built <c>newsbot</c> executable as a separate process: real stdout and stderr, real exit codes.</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Newsbot_ask_json_writes_only_the_reply_to_stdout()
    {
        var (exit, stdout, stderr) = await RunAsync("ask", "where did they meet?", "--json",
            "--articles", RepoPaths.SampleArticles, "--index", _temp.File("newsbot.db"));
        Assert.True(exit == 0, $"exit {exit}\n{stdout}\n{stderr}");
        ReplyAssertions.NamesNewDelhiAndCitesMumbaiSeparately(JsonDocument.Parse(stdout).RootElement);
    }

    [Fact]
    public async Task Newsbot_exits_2_on_bad_usage()
    {
        var (exit, stdout, stderr) = await RunAsync("frobnicate", "--index", _temp.File("newsbot.db"));
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains("frobnicate", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Newsbot_ask_refuses_a_question_over_the_configured_Answering_MaxQuestionChars()
    {
        File.WriteAllText(_temp.File("appsettings.json"), """{ "Answering": { "MaxQuestionChars": 50 } }""");
        var (exit, stdout, stderr) = await RunAsync("ask", new string('x', 60),
            "--articles", RepoPaths.SampleArticles, "--index", _temp.File("newsbot.db"));
        Assert.True(exit == 2, $"exit {exit}\n{stdout}\n{stderr}");
        Assert.Contains("the limit is 50", stderr, StringComparison.Ordinal);
    }

    private async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _temp.Path,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "newsbot.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    public void Dispose() => _temp.Dispose();
}
