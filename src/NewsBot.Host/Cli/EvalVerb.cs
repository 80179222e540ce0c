using System.CommandLine;
using NewsBot.Evaluation;
using NewsBot.Evaluation.Datasets;
using NewsBot.Evaluation.Runs;
using NewsBot.Evaluation.Training;

namespace NewsBot.Host.Cli;

/// <summary>
/// The <c>eval</c> verb: answer quality on public datasets (../shared/datasets), each run on its own throwaway
/// index, e.g. <c>newsbot eval squad ../shared/datasets/squad/dev-v1.1.reconstructed.json</c>; and on our own
/// chat-style BBC questions, <c>newsbot eval chat eval/chat-questions.jsonl</c>.
/// </summary>
internal static class EvalVerb
{
    public static Command Create(GlobalOptions globals)
    {
        _ = globals; // Eval never touches the user's index or articles folder.
        var options = new EvalOptions();
        var eval = new Command("eval", "Measure retrieval and answer quality on a public dataset (builds a throwaway index)");

        var squad = Dataset("squad", "SQuAD v1.1 dev: recall@1/5/10, MRR@10, extractive answers' cited sentences", options);
        squad.Options.Add(options.NoAnswers);
        squad.SetAction((parse, _) => Run(parse, options, () => SquadRetrievalRun.Run(Path(parse), options.Settings(parse))));

        var sweep = new Option<string?>("--sweep") { Description = "Sweep a numeric setting, e.g. --sweep Answering:AbstainBelow=0.1,0.2,0.3" };
        var squad2 = Dataset("squad2", "SQuAD 2.0 dev: abstention precision/recall and false abstentions", options);
        squad2.Options.Add(sweep);
        squad2.SetAction((parse, _) => Run(parse, options, () =>
            Squad2AbstentionRun.Run(Path(parse), options.Settings(parse), parse.GetValue(sweep) is { } s ? ThresholdSweep.Parse(s) : null)));

        var quail = Dataset("quail", "QuAIL news: accuracy by question type, abstention on unanswerable", options);
        quail.SetAction((parse, ct) => RunAsync(parse, options, () => QuailRun.RunAsync(Path(parse), options.Settings(parse), ct)));

        var rgb = Dataset("rgb", "RGB en_fact: true and fake answers both cited (conflict shown)", options);
        rgb.SetAction((parse, _) => Run(parse, options, () => RgbConflictRun.Run(Path(parse), options.Settings(parse))));

        var questions = new Option<string?>("--questions") { Description = "RealTimeQA folder with past/2022 qa and gold files (default: ../realtimeqa beside PATH)" };
        var bbc = new Option<string?>("--bbc") { Description = "BBC corpus folder added as distractors (default: ../bbc_news_fulltext beside PATH; 'none' to leave out)" };
        var setup = new Option<string>("--setup")
        {
            Description = "reference: gold = the search result with the quiz's URL (the issue's setup, 136 q); gold-text: the gold file's text merged in (206 q)",
            DefaultValueFactory = _ => "reference",
        };
        setup.AcceptOnlyFromAmong("reference", "gold-text");
        var realtime = Dataset("realtimeqa", "RealTimeQA 2022: gold-article recall@k over the GCS articles (+ BBC)", options);
        realtime.Options.Add(questions);
        realtime.Options.Add(bbc);
        realtime.Options.Add(setup);
        realtime.SetAction((parse, ct) => RunAsync(parse, options, () =>
        {
            var gcs = Path(parse);
            var beside = System.IO.Path.GetDirectoryName(System.IO.Path.TrimEndingDirectorySeparator(gcs)) is { Length: > 0 } parent
                ? parent
                : System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(gcs)) ?? ".";
            var bbcFolder = parse.GetValue(bbc) ?? System.IO.Path.Combine(beside, "bbc_news_fulltext");
            return RealTimeQaRun.RunAsync(gcs, parse.GetValue(questions) ?? System.IO.Path.Combine(beside, "realtimeqa"),
                bbcFolder == "none" ? null : bbcFolder,
                parse.GetValue(setup) == "gold-text" ? RealTimeQaSetup.GoldText : RealTimeQaSetup.Reference, options.Settings(parse), ct);
        }));

        var corpus = new Option<string>("--corpus")
        {
            Description = "BBC corpus folder the questions are about",
            DefaultValueFactory = _ => ChatRun.DefaultCorpus,
        };
        var chat = Dataset("chat", "Our chat-style BBC questions (eval/chat-questions.jsonl): correct by type, dev (even ids) and held-out (odd ids) halves", options);
        chat.Options.Add(corpus);
        chat.SetAction((parse, ct) => RunAsync(parse, options, () => ChatRun.RunAsync(Path(parse), parse.GetRequiredValue(corpus), options.Settings(parse), ct)));

        foreach (var dataset in new[] { squad, squad2, quail, rgb, realtime, chat })
            eval.Subcommands.Add(dataset);
        eval.Subcommands.Add(TrainAnswerer(options));
        return eval;
    }

    // Trains the answer-sentence model from the training halves of SQuAD v1.1 and 2.0 dev (deterministic).
    private static Command TrainAnswerer(EvalOptions options)
    {
        var squad = new Option<string>("--squad") { Description = "SQuAD v1.1 dev file", DefaultValueFactory = _ => "../shared/datasets/squad/dev-v1.1.reconstructed.json" };
        var squad2 = new Option<string>("--squad2") { Description = "SQuAD 2.0 dev file", DefaultValueFactory = _ => "../shared/datasets/squad/dev-v2.0.reconstructed.json" };
        var chat = new Option<string[]>("--chat")
        {
            Description = "Our chat-style questions (dev half used; 'none' to leave out); name every file, each after its own --chat: any --chat replaces the default. FILE@FOLDER asks that file's questions over the articles of FOLDER instead of --corpus (eval/sample-questions.jsonl@articles)",
            DefaultValueFactory = _ => ["eval/chat-questions.jsonl"],
        };
        var corpus = new Option<string>("--corpus") { Description = "BBC corpus folder the chat questions are about", DefaultValueFactory = _ => ChatRun.DefaultCorpus };
        var output = new Option<string>("--out") { Description = "Where to write the model", DefaultValueFactory = _ => "src/NewsBot.Core/Answering/answer-model.json" };
        var scorer = new Option<string>("--scorer") { Description = "linear (logistic weights), rank (a ranker over each question's sentences, calibrated for declining) or trees (FastTree ensemble, the logistic weights kept beside it)", DefaultValueFactory = _ => "linear" };
        scorer.AcceptOnlyFromAmong("linear", "trees", "rank");
        var examples = new Option<string?>("--examples") { Description = "Cache of the scored training questions: read when it fits this build's features, else written (quick retries of the learner)" };
        var chatWeight = new Option<float>("--tree-chat-weight") { Description = "How much a chat question counts against a SQuAD one in the trees' fit (the logistic and ranker fits take --chat-weight)", DefaultValueFactory = _ => AnswerTrainingRun.ChatWeight };
        var logisticFrom = new Option<string?>("--logistic-from") { Description = "With --scorer rank: keep the logistic weights and decline thresholds of this model file and fit only the ranker" };
        var linearChatWeight = new Option<float>("--chat-weight")
        {
            Description = "How much a chat question counts against a SQuAD one in the logistic and ranker fits",
            DefaultValueFactory = _ => AnswerTrainingRun.ChatWeight,
        };
        var logisticKept = new Option<string>("--logistic-kept")
        {
            Description = "With --logistic-from: which logistic weights and threshold to keep from it (both, or without-encoder: the with-encoder ones are fitted anew)",
            DefaultValueFactory = _ => "both",
        };
        logisticKept.AcceptOnlyFromAmong("both", "without-encoder");
        var command = new Command("train-answerer", "Train the answer-sentence model on the even-numbered articles of SQuAD v1.1 and 2.0 dev and the dev half of the chat set") { squad, squad2, chat, corpus, output, scorer, examples, chatWeight, logisticFrom, logisticKept, linearChatWeight };
        command.Options.Add(options.Json);
        command.Options.Add(options.MaxQuestions);
        command.SetAction((parse, ct) => RunAsync(parse, options, () => AnswerTrainingRun.RunAsync(
            parse.GetRequiredValue(squad), parse.GetRequiredValue(squad2), [.. (parse.GetValue(chat) ?? []).Where(path => path != "none")],
            parse.GetRequiredValue(corpus), parse.GetRequiredValue(output), parse.GetValue(options.MaxQuestions), ct,
            trees: parse.GetRequiredValue(scorer) == "trees", examplesPath: parse.GetValue(examples), chatWeight: parse.GetValue(chatWeight), rank: parse.GetRequiredValue(scorer) == "rank", logisticFrom: parse.GetValue(logisticFrom),
            keepWithEncoder: parse.GetRequiredValue(logisticKept) == "both", linearChatWeight: parse.GetValue(linearChatWeight))));
        return command;
    }

    private static readonly Argument<string> PathArgument = new("PATH") { Description = "Dataset file or folder under ../shared/datasets (chat: eval/chat-questions.jsonl)" };

    private static string Path(ParseResult parse) => parse.GetRequiredValue(PathArgument);

    private static Command Dataset(string name, string description, EvalOptions options)
    {
        var command = new Command(name, description) { PathArgument };
        options.AddTo(command);
        return command;
    }

    private static Task<int> Run(ParseResult parse, EvalOptions options, Func<Report> run) =>
        RunAsync(parse, options, () => Task.FromResult(run()));

    private static async Task<int> RunAsync(ParseResult parse, EvalOptions options, Func<Task<Report>> run)
    {
        try
        {
            options.Print(parse, await run());
            return 0;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or FormatException or System.Text.Json.JsonException or System.Xml.XmlException)
        {
            Console.Error.WriteLine($"eval: {e.Message}");
            return 1;
        }
    }
}
