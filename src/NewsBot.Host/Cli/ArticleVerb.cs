using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Commands;
using NewsBot.Host.Web;

namespace NewsBot.Host.Cli;

/// <summary>The <c>article ID [--json]</c> verb; an unknown id names the closest ids and exits 1.</summary>
internal static class ArticleVerb
{
    public static Command Create(GlobalOptions globals)
    {
        var id = new Argument<string>("id") { Description = "The article id (file name without extension)" };
        var json = new Option<bool>("--json") { Description = "Print the article as JSON" };
        var command = new Command("article", "Show one article: title, date, url, opening passage, passage count") { id, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var wanted = parse.GetValue(id) ?? "";
            await using var services = await CliServices.BuildForReadingAsync(parse, globals, cancellationToken);
            var lookup = services.GetRequiredService<BotCommands>().Article(wanted);
            if (lookup.Article is not { } article)
            {
                parse.InvocationConfiguration.Error.WriteLine(ArticleText.NotFound(wanted.Trim(), lookup.ClosestIds));
                return 1;
            }

            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
                output.WriteLine(JsonSerializer.Serialize(article, ApiJson.Indented));
            else
                ArticleText.WriteDetail(output, article);
            return 0;
        });
        return command;
    }
}
