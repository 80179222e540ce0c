using NewsBot.Host.Cli;
using NewsBot.Testing;

namespace NewsBot.Host.Tests;

/// <summary>With no verb, <c>newsbot</c> serves: the sample articles are synced in before it listens.</summary>
public sealed class ServeVerbTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task No_verb_serves_the_api_over_the_synced_articles_until_cancelled()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var synchronizedOutput = TextWriter.Synchronized(output);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var run = CliApp.RunAsync(
            ["--urls", "http://127.0.0.1:0", "--articles", RepoPaths.SampleArticles, "--index", _temp.File("newsbot.db")],
            synchronizedOutput, TextWriter.Synchronized(error), stop.Token);

        var address = await ListeningAddressAsync(synchronizedOutput, output, run);
        Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);
        using (var client = new HttpClient { BaseAddress = new Uri(address + "/") })
        {
            Assert.Equal("Healthy", await client.GetStringAsync("healthz"));
            Assert.Contains(SampleArticles.MumbaiId, await client.GetStringAsync("api/articles"), StringComparison.Ordinal);
        }

        await stop.CancelAsync();
        Assert.Equal(0, await run);
    }

    [Fact]
    public async Task A_core_setting_out_of_range_stops_serve_at_start_naming_it()
    {
        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            RunningHost.StartAsync(configuration: new Dictionary<string, string?> { ["Extractive:MaxSentences"] = "5" }));

        Assert.Contains("Extractive:MaxSentences must be between 1 and 3", error.Message, StringComparison.Ordinal);
    }

    private static async Task<string> ListeningAddressAsync(TextWriter writer, StringWriter output, Task<int> run)
    {
        const string prefix = "NewsBot is listening on ";
        for (var attempt = 0; attempt < 200 && !run.IsCompleted; attempt++)
        {
            string text;
            lock (writer)
                text = output.ToString();
            var line = text.Split('\n').FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
            if (line is not null)
                return line[prefix.Length..].Trim();
            await Task.Delay(50);
        }
        throw new InvalidOperationException($"serve did not report an address (exit {(run.IsCompleted ? run.Result : -1)}): {output}");
    }

    public void Dispose() => _temp.Dispose();
}
