using System.CommandLine;

namespace NewsBot.Host.Cli;

/// <summary>The <c>newsbot</c> command line: <c>serve</c> (default), ingest, ask, articles, article, discord, eval, bench.</summary>
internal static class CliApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("NewsBot: cited answers about a collection of news articles.");
        // Each verb lives in its own file: Cli/<Name>Verb.cs with `static Command Create()`.
        await Task.CompletedTask;
        return root.Parse(args).Invoke();
    }
}
