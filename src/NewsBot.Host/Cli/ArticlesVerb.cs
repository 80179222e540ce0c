using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Commands;
using NewsBot.Host.Startup;
using NewsBot.Host.Web;

namespace NewsBot.Host.Cli;

/// <summary>The <c>articles [page] [filter] [--json] [--all]</c> verb, with the same argument rules as the chat command.</summary>
internal static class ArticlesVerb
{
    public static Command Create(GlobalOptions globals)
    {
        var arguments = new Argument<string[]>("page-and-filter")
        {
            Description = "An optional page number and an optional filter (id, title or source), in either order",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Print {\"total\",\"page\",\"pageSize\",\"items\"} as JSON" };
        var all = new Option<bool>("--all") { Description = "List every article on one page" };
        var command = new Command("articles", "List the articles in the index, newest first") { arguments, json, all };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var listing = BotCommand.ParseListing(string.Join(' ', parse.GetValue(arguments) ?? []));
            if (listing.Argument.Length > InputLimits.MaxFilterChars)
                throw new CliUsageException($"The filter is longer than {InputLimits.MaxFilterChars} characters.");

            await using var services = await CliServices.BuildForReadingAsync(parse, globals, cancellationToken);
            var commands = services.GetRequiredService<BotCommands>();
            var page = (parse.GetValue(all), listing.Argument) switch
            {
                (true, "") => commands.AllArticles(),
                (true, var filter) => commands.Articles(1, filter, int.MaxValue),
                (false, var filter) => commands.Articles(listing.Page, filter),
            };

            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
                output.WriteLine(JsonSerializer.Serialize(page, ApiJson.Indented));
            else
                ArticleText.WritePage(output, page);
            return 0;
        });
        return command;
    }
}
