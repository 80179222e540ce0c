using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Core.Answering;
using NewsBot.Core.Commands;
using NewsBot.Host.Startup;
using NewsBot.Host.Web;

namespace NewsBot.Host.Cli;

/// <summary>The <c>ask "…" [--json]</c> verb: one cited answer (or an explicit not-found).</summary>
internal static class AskVerb
{
    public static Command Create(GlobalOptions globals)
    {
        var question = new Argument<string[]>("question") { Description = "The question (quotes optional)", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print the reply record as JSON" };
        var command = new Command("ask", "Answer a question from the articles, with citations") { question, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var text = string.Join(' ', parse.GetValue(question) ?? []).Trim();
            var settings = globals.Read(parse);
            await using var services = await CliServices.BuildAsync(settings, syncArticles: false, cancellationToken);
            // The limit is Answering:MaxQuestionChars, so it is checked once configuration is read, before any sync.
            var limit = services.GetRequiredService<IOptions<AnsweringOptions>>().Value.MaxQuestionChars;
            if (InputLimits.QuestionProblem(text, limit) is { } problem)
                throw new CliUsageException(problem);
            await ArticleFolderSync.SyncAsync(services, settings, cancellationToken);

            var reply = await services.GetRequiredService<BotCommands>().AskAsync(text, conversationId: null, cancellationToken);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
                output.WriteLine(JsonSerializer.Serialize(reply, ApiJson.Indented));
            else
                ReplyText.Write(output, reply);
            return 0;
        });
        return command;
    }
}
