using System.Text.Json;

namespace NewsBot.Discord.Gateway;

/// <summary>A gateway payload <c>{op, d, s, t}</c>; <c>s</c> and <c>t</c> are set only on dispatches (op 0).</summary>
internal sealed record GatewayFrame(int Op, JsonElement? D = null, long? S = null, string? T = null);
