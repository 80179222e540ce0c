using Microsoft.Extensions.Options;
using NewsBot.Core.Answering;
using NewsBot.Core.Commands;
using NewsBot.Host.Startup;

namespace NewsBot.Host.Web;

/// <summary>
/// <c>POST /api/command {"text"}</c>: the web chat box speaks the same commands as Slack and Discord
/// (<see cref="BotCommand.Parse"/>). Listings, articles and help are answered here; a question comes back as
/// <c>kind: "ask"</c> for the page to stream from <c>/api/ask/stream</c>.
/// </summary>
internal static class CommandEndpoints
{
    public static IEndpointRouteBuilder MapCommandEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/command", RunAsync);
        return endpoints;
    }

    private static async Task<IResult> RunAsync(
        HttpRequest request, BotCommands commands, IOptions<AnsweringOptions> answering, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<CommandRequest>(request, cancellationToken);
        if ((problem ?? InputLimits.QuestionProblem(body!.Text, answering.Value.MaxQuestionChars, "text")) is { } bad)
            return ApiProblems.BadRequest(bad);

        var command = BotCommand.Parse(body!.Text!);
        CommandResponse response = command.Kind switch
        {
            CommandKind.Articles => new("articles") { Filter = command.Argument, Page = commands.Articles(command.Page, command.Argument) },
            CommandKind.Article => Article(commands, command.Argument),
            CommandKind.Help => new("help") { Help = commands.Help() },
            _ => new("ask") { Question = command.Argument },
        };
        return TypedResults.Json(response, ApiJson.Compact);
    }

    private static CommandResponse Article(BotCommands commands, string id)
    {
        var lookup = commands.Article(id);
        return new CommandResponse("article") { Id = id, Article = lookup.Article, ClosestIds = lookup.ClosestIds };
    }
}
