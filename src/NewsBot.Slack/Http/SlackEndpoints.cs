using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Index;
using NewsBot.Slack.Commands;
using NewsBot.Slack.Events;

namespace NewsBot.Slack.Http;

/// <summary>
/// The Events API over HTTP (protocols.md B1–B3). Every request is verified first (401, no side effect, otherwise),
/// then acknowledged as soon as its work is recorded in the inbox and queued. When the inbox cannot be reached
/// (PostgreSQL down) the answer is 503, never a 200 for what could not be kept: Slack retries events, and a slash
/// command's user sees it failed.
/// </summary>
internal static class SlackEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var slack = endpoints.MapGroup("/slack");
        slack.MapPost("/events", EventsAsync);
        slack.MapPost("/commands", CommandsAsync);
        slack.MapPost("/interactions", InteractionsAsync);
    }

    private static async Task<IResult> EventsAsync(HttpContext http, SlackRequestVerifier verifier, SlackEventRouter router, ILogger<SlackEventRouter> logger)
    {
        if (await verifier.ReadVerifiedAsync(http.Request, http.RequestAborted) is not { } body)
            return Results.Unauthorized();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return Results.BadRequest("body is not JSON");
        }
        using (document)
        {
            var root = document.RootElement;
            switch (SlackMessageEvent.Str(root, "type"))
            {
                case "url_verification":
                    return Results.Text(SlackMessageEvent.Str(root, "challenge") ?? "", "text/plain");
                case "event_callback":
                    try
                    {
                        await router.HandleAsync(root, http.RequestAborted);
                    }
                    catch (CatalogUnavailableException e)
                    {
                        return NotKept(http, logger, e);
                    }
                    return Results.Ok();
                case "app_rate_limited":
                    SlackLog.AppRateLimited(logger, root.TryGetProperty("minute_rate_limited", out var m) ? m.ToString() : "?");
                    return Results.Ok();
                default:
                    return Results.Ok();
            }
        }
    }

    private static async Task<IResult> CommandsAsync(HttpContext http, SlackRequestVerifier verifier, SlackCommandRouter router, ILogger<SlackCommandRouter> logger)
    {
        if (await verifier.ReadVerifiedAsync(http.Request, http.RequestAborted) is not { } body)
            return Results.Unauthorized();
        SlackCommandAck ack;
        try
        {
            ack = await router.HandleAsync(SlashCommand.FromForm(Encoding.UTF8.GetString(body)), http.RequestAborted);
        }
        catch (CatalogUnavailableException e)
        {
            return NotKept(http, logger, e);
        }
        return ack.Response is null ? Results.Ok() : Results.Text(ack.Response.ToJsonString(), "application/json", Encoding.UTF8);
    }

    private static IResult NotKept(HttpContext http, ILogger logger, CatalogUnavailableException e)
    {
        SlackLog.NotKept(logger, $"{http.Request.Path} (answered 503)", e.InnerException?.Message ?? e.Message);
        return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<IResult> InteractionsAsync(HttpContext http, SlackRequestVerifier verifier, ILogger<SlackEventRouter> logger)
    {
        if (await verifier.ReadVerifiedAsync(http.Request, http.RequestAborted) is null)
            return Results.Unauthorized();
        // The bot's messages carry no buttons yet; acknowledging keeps Slack from showing the user an error.
        SlackLog.EnvelopeIgnored(logger, "interactive");
        return Results.Ok();
    }
}
