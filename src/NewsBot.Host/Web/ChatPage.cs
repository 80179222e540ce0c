using System.Reflection;

namespace NewsBot.Host.Web;

/// <summary>
/// The local web chat: one static page with its stylesheet and script, embedded in the executable (no npm build).
/// The page never puts article text into HTML; the CSP forbids inline script as a second line of defence.
/// </summary>
internal static class ChatPage
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly (string Route, string Resource, string ContentType)[] Files =
    [
        ("/", "chat/index.html", "text/html; charset=utf-8"),
        ("/chat.css", "chat/chat.css", "text/css; charset=utf-8"),
        ("/chat.js", "chat/chat.js", "text/javascript; charset=utf-8"),
        ("/render.js", "chat/render.js", "text/javascript; charset=utf-8"),
    ];

    public static IEndpointRouteBuilder MapChatPage(this IEndpointRouteBuilder endpoints)
    {
        foreach (var (route, resource, contentType) in Files)
        {
            var bytes = Load(resource);
            endpoints.MapGet(route, (HttpResponse response) =>
            {
                response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
                response.Headers.XContentTypeOptions = "nosniff";
                response.Headers.CacheControl = "no-cache";
                return TypedResults.Bytes(bytes, contentType);
            });
        }
        return endpoints;
    }

    private static byte[] Load(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource '{resource}' is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
