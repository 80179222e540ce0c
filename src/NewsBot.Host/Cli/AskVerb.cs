using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
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
            if (InputLimits.QuestionProblem(text) is { } problem)
                throw new CliUsageException(problem);

            await using var services = await CliServices.BuildAsync(parse, globals, syncArticles: true, cancellationToken);
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
