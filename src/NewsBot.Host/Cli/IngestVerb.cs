using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Ingest;

namespace NewsBot.Host.Cli;

/// <summary>
/// The <c>ingest PATH... [--sync]</c> verb: files, folders (recursive), feeds and URLs. Prints a summary and each
/// problem by name; exits 1 when any input had a problem (everything good around it is still ingested).
/// </summary>
internal static class IngestVerb
{
    // Problems are always listed in full (each needs fixing); duplicates are stored once already, so a sample will do.
    private const int MaxDuplicatesListed = 20;

    public static Command Create(GlobalOptions globals)
    {
        var paths = new Argument<string[]>("path") { Description = "Files, folders, feed files or http(s) URLs", Arity = ArgumentArity.OneOrMore };
        var sync = new Option<bool>("--sync") { Description = "Remove articles whose files are gone from an ingested folder" };
        var command = new Command("ingest", "Add articles to the index") { paths, sync };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var inputs = (parse.GetValue(paths) ?? []).Select(Resolve).ToList();
            await using var services = await CliServices.BuildAsync(parse, globals, syncArticles: true, cancellationToken);
            var report = await services.GetRequiredService<ArticleIngester>().IngestAsync(inputs, parse.GetValue(sync), cancellationToken);
            Write(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, report);
            return report.Problems.Count == 0 ? 0 : 1;
        });
        return command;
    }

    /// <summary>The summary and duplicates on stdout; each problem, by name with its reason, on stderr.</summary>
    public static void Write(TextWriter output, TextWriter error, IngestReport report)
    {
        output.WriteLine(
            $"{report.Added} added, {report.Updated} updated, {report.Unchanged} unchanged, " +
            $"{report.Duplicates.Count} duplicates, {report.Removed} removed, {report.Problems.Count} problems " +
            $"({report.Files} files read, {report.Skipped} skipped, {report.Passages} passages written)");
        foreach (var duplicate in report.Duplicates.Take(MaxDuplicatesListed))
            output.WriteLine($"  duplicate: {duplicate}");
        if (report.Duplicates.Count > MaxDuplicatesListed)
            output.WriteLine($"  … and {report.Duplicates.Count - MaxDuplicatesListed} more duplicates");
        foreach (var problem in report.Problems)
            error.WriteLine($"problem: {problem.Path}: {problem.Reason}");
    }

    private static string Resolve(string path) =>
        path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? path
            : Path.GetFullPath(path);
}
