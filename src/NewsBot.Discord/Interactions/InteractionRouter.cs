using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Admission;
using NewsBot.Core.Answering;
using NewsBot.Core.Commands;
using NewsBot.Core.Text;
using NewsBot.Discord.Queue;

namespace NewsBot.Discord.Interactions;

/// <summary>
/// Decides the inline response to a verified interaction. Nothing here calls retrieval or a model: questions,
/// listings and lookups are queued and deferred; only help, refusals and autocomplete (which cannot be deferred)
/// answer directly.
/// </summary>
internal sealed class InteractionRouter(
    DiscordAdmission admission,
    BotCommands commands,
    IOptions<AnsweringOptions> answeringOptions,
    TimeProvider time,
    ILogger<InteractionRouter> logger)
{
    public const string MessageCommandName = "Ask NewsBot about this message";

    /// <summary>
    /// The inline response; queued work waits for <paramref name="acknowledged"/> before it edits the response. Null when
    /// the interaction was recorded before (the host that recorded it responds). Work is recorded in the inbox before
    /// this returns its deferral; throws <see cref="NewsBot.Core.Index.CatalogUnavailableException"/> when it cannot be.
    /// </summary>
    public async ValueTask<InteractionResponse?> RespondAsync(Interaction interaction, Task acknowledged, CancellationToken cancellationToken) =>
        interaction.Type switch
        {
            Interaction.Ping => InteractionResponse.Pong,
            Interaction.ApplicationCommand when interaction.Data is { } data => await OnCommandAsync(interaction, data, acknowledged, cancellationToken),
            Interaction.Autocomplete when interaction.Data is { } data => OnAutocomplete(data),
            _ => InteractionResponse.Ephemeral("I don't handle that kind of interaction."),
        };

    private async ValueTask<InteractionResponse?> OnCommandAsync(Interaction interaction, InteractionData data, Task acknowledged, CancellationToken cancellationToken)
    {
        if (!admission.ChannelAllowed(interaction.ChannelId, isDirect: interaction.GuildId is null))
            return InteractionResponse.Ephemeral(DiscordAdmission.NotAllowedText);

        BotCommand? command = (data.Type, data.Name) switch
        {
            (InteractionData.MessageCommand, _) => Question(data.TargetMessageContent()),
            (_, "ask") => Question(data.Option("question")?.StringValue),
            (_, "articles") => new BotCommand(CommandKind.Articles, data.Option("filter")?.StringValue?.Trim() ?? "", Math.Max(1, data.Option("page")?.IntValue ?? 1)),
            (_, "article") when data.Option("id")?.StringValue is { Length: > 0 } id => new BotCommand(CommandKind.Article, id.Trim()),
            (_, "help") => new BotCommand(CommandKind.Help, ""),
            _ => null,
        };
        if (command is null)
            return InteractionResponse.Ephemeral(Refusal(data));
        if (command.Kind == CommandKind.Help)
            return InteractionResponse.Ephemeral(commands.Help());

        // Conversation = the channel (a thread is its own channel), so follow-ups in a thread stay together.
        var conversation = "discord:" + (interaction.ChannelId ?? interaction.Id);
        var work = new DiscordInteractionJob(DiscordInteractionJob.KeyFor(interaction.Id), interaction.Token, command, conversation, acknowledged, time.GetUtcNow());
        switch (await admission.TryQueueAsync(interaction.UserId ?? interaction.ChannelId ?? interaction.Id, work, cancellationToken))
        {
            case DiscordAdmissionOutcome.RateLimited:
                DiscordLog.CommandRateLimited(logger, data.Name);
                return InteractionResponse.Ephemeral(DiscordAdmission.RateLimitedText);
            case DiscordAdmissionOutcome.Busy:
                DiscordLog.CommandBusy(logger, data.Name);
                return InteractionResponse.Ephemeral(DiscordAdmission.BusyText);
            case DiscordAdmissionOutcome.Duplicate:
                DiscordLog.DuplicateInteraction(logger, interaction.Id);
                return null;
            default:
                return InteractionResponse.Deferred;
        }
    }

    private BotCommand? Question(string? text)
    {
        var question = text?.Trim() ?? "";
        return question.Length == 0 || question.Length > answeringOptions.Value.MaxQuestionChars
            ? null
            : new BotCommand(CommandKind.Ask, question);
    }

    private string Refusal(InteractionData data)
    {
        var text = data.Type == InteractionData.MessageCommand ? data.TargetMessageContent() : data.Option("question")?.StringValue;
        var limit = answeringOptions.Value.MaxQuestionChars;
        return (data.Type, data.Name) switch
        {
            _ when text?.Trim().Length > limit => $"That question is too long ({text.Trim().Length:N0} characters); the limit is {limit:N0}.",
            (InteractionData.MessageCommand, _) => "That message has no text I can read.",
            (_, "ask") => "Please type a question, e.g. `/ask question: where did they meet?`",
            (_, "article") => "Please give an article id; start typing and pick one from the list.",
            _ => $"I don't know the command `{data.Name.Replace('`', '\'')}`. Try `/help`.",
        };
    }

    private InteractionResponse OnAutocomplete(InteractionData data)
    {
        var focused = data.Options?.FirstOrDefault(o => o.Focused);
        if (data.Name != "article" || focused is null)
            return InteractionResponse.Choices([]);
        var choices = commands.Suggest(focused.StringValue ?? "", BotCommands.MaxSuggestions)
            .Where(a => a.Id.Length <= 100)
            .Take(BotCommands.MaxSuggestions)
            .Select(a => new AutocompleteChoice(TextPieces.Truncate($"{a.Title} ({a.Id})", 100), a.Id))
            .ToList();
        return InteractionResponse.Choices(choices);
    }
}
