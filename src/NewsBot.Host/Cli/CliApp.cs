using System.CommandLine;
using Microsoft.Extensions.Options;
using NewsBot.Host.Startup;

namespace NewsBot.Host.Cli;

/// <summary>The <c>newsbot</c> command line: <c>serve</c> (default), ingest, ask, articles, article, discord, eval, bench.</summary>
internal static class CliApp
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int BadUsage = 2;

    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error, CancellationToken.None);

    /// <summary>Runs one command line with its output and errors going to the given writers (tests capture them).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var root = Build();
        // "newsbot help [VERB …]" is "newsbot [VERB …] --help", as the README lists it.
        if (args is ["help", .. var rest])
            args = [.. rest, "--help"];
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
                await error.WriteLineAsync(parseError.Message);
            await error.WriteLineAsync("Run 'newsbot --help' for usage.");
            return BadUsage;
        }

        var invocation = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        // The one place errors are caught for every verb: a short message on stderr and an exit code, no stack trace.
        try
        {
            return await parse.InvokeAsync(invocation, cancellationToken);
        }
        catch (CliUsageException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return BadUsage;
        }
        catch (OptionsValidationException e)
        {
            await error.WriteLineAsync($"configuration error: {e.Message}");
            return Failure;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("cancelled");
            return Failure;
        }
        catch (Exception e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return Failure;
        }
    }

    private static RootCommand Build()
    {
        var globals = new GlobalOptions();
        var root = new RootCommand("NewsBot: cited answers about a collection of news articles.")
        {
            globals.Articles,
            globals.Index,
            // Each verb lives in its own file: Cli/<Name>Verb.cs with `static Command Create(GlobalOptions)`.
            ServeVerb.Create(globals),
            IngestVerb.Create(globals),
            AskVerb.Create(globals),
            ArticlesVerb.Create(globals),
            ArticleVerb.Create(globals),
            DiscordVerb.Create(globals),
            EvalVerb.Create(globals),
            BenchVerb.Create(globals),
        };
        // No verb means serve: `dotnet run --project src/NewsBot.Host` is the embedded default.
        ServeVerb.Attach(root, globals);
        return root;
    }
}
