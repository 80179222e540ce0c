using Azure.Core;

namespace NewsBot.Core.Tests.ChatModels;

/// <summary>A hand-written Entra ID token source at the seam we own (DefaultAzureCredential in production): records the scopes asked for.</summary>
public sealed class TestTokenCredential(string token = "entra-token") : TokenCredential
{
    private readonly List<string> _scopes = [];

    public IReadOnlyList<string> Scopes
    {
        get
        {
            lock (_scopes)
                return [.. _scopes];
        }
    }

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        lock (_scopes)
            _scopes.AddRange(requestContext.Scopes);
        return new AccessToken(token, DateTimeOffset.UtcNow.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
