using Microsoft.Extensions.Options;
using NewsBot.Core.Answering;
using NewsBot.Core.Commands;

namespace NewsBot.Host.Web;

/// <summary><c>POST /api/ask</c> (the reply record) and <c>POST /api/ask/stream</c> (Server-Sent Events).</summary>
internal static class AskEndpoints
{
    public static IEndpointRouteBuilder MapAskEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/ask", AskAsync);
        endpoints.MapPost("/api/ask/stream", StreamAsync);
        return endpoints;
    }

    private static async Task<IResult> AskAsync(
        HttpRequest request, BotCommands commands, IOptions<AnsweringOptions> answering, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<AskRequest>(request, cancellationToken);
        if ((problem ?? body!.Problem(answering.Value.MaxQuestionChars)) is { } bad)
            return ApiProblems.BadRequest(bad);
        var reply = await commands.AskAsync(body!.Question!.Trim(), body.ScopedConversationId, cancellationToken);
        return TypedResults.Json(reply, ApiJson.Compact);
    }

    /// <summary>Event <c>delta</c> per text piece (data: a JSON string), then event <c>reply</c> with the checked record.</summary>
    private static async Task StreamAsync(
        HttpContext context, BotCommands commands, IOptions<AnsweringOptions> answering, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<AskRequest>(context.Request, cancellationToken);
        if ((problem ?? body!.Problem(answering.Value.MaxQuestionChars)) is { } bad)
        {
            await ApiProblems.BadRequest(bad).ExecuteAsync(context);
            return;
        }

        var events = await ServerSentEvents.StartAsync(context.Response, cancellationToken);
        var updates = commands.AskStreamingAsync(body!.Question!.Trim(), body.ScopedConversationId, cancellationToken);
        await events.RelayAsync(updates, loggers.CreateLogger(typeof(AskEndpoints).FullName!), cancellationToken);
    }
}
