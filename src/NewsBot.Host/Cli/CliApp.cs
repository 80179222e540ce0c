using System.CommandLine;

namespace NewsBot.Host.Cli;

/// <summary>The <c>newsbot</c> command line: <c>serve</c> (default), ingest, ask, articles, article, discord, eval, bench.</summary>
internal static class CliApp
{
    public static Task<int> RunAsync(string[] args)
    {
        var globals = new GlobalOptions();
        var root = new RootCommand("NewsBot: cited answers about a collection of news articles.")
        {
            globals.Articles,
            globals.Index,
            // Each verb lives in its own file: Cli/<Name>Verb.cs with `static Command Create(GlobalOptions)`.
            DiscordVerb.Create(globals),
            EvalVerb.Create(globals),
            BenchVerb.Create(globals),
        };
        return root.Parse(args).InvokeAsync();
    }
}
