using System.Data.Common;
using Microsoft.Extensions.Logging;
using NewsBot.Discord.Queue;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// Slash commands in a gateway-only deployment (no Interactions Endpoint URL): Discord sends INTERACTION_CREATE over
/// the gateway, and the response goes back through <c>POST /interactions/{id}/{token}/callback</c>. Same router, same
/// queue as the HTTP endpoint; never blocks the receive loop. Work is recorded in the inbox before its deferral is sent;
/// when the inbox cannot be reached, the person is told at once (privately) to try again instead.
/// </summary>
internal sealed class GatewayInteractionHandler(
    InteractionRouter router,
    DiscordRestClient rest,
    ILogger<GatewayInteractionHandler> logger)
{
    public void Handle(Interaction interaction) => _ = RespondAsync(interaction);

    private async Task RespondAsync(Interaction interaction)
    {
        var acknowledged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            InteractionResponse? response;
            try
            {
                response = await router.RespondAsync(interaction, acknowledged.Task, CancellationToken.None);
            }
            catch (DbException e)
            {
                // Not recorded (the database is down, or refused the connection): no deferral nobody would answer.
                DiscordLog.InboxUnavailable(logger, "gateway interaction", e.Message);
                response = InteractionResponse.Ephemeral(DiscordAdmission.UnavailableText);
            }
            // Recorded before (replayed after a resume): its first delivery was responded to, a second response would fail.
            if (response is null)
                return;
            await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, response, CancellationToken.None);
            acknowledged.TrySetResult();
        }
        catch (Exception e) when (e is HttpRequestException or DiscordApiException or TaskCanceledException)
        {
            DiscordLog.CallbackFailed(logger, interaction.Type, e.Message);
        }
        finally
        {
            acknowledged.TrySetCanceled(CancellationToken.None);
        }
    }
}
