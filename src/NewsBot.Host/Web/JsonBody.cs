using System.Text.Json;

namespace NewsBot.Host.Web;

/// <summary>
/// Reads a JSON request body ourselves, so malformed or wrongly typed JSON and oversized bodies get a 400 that
/// says exactly what is wrong (the framework's binder answers with a bare 400).
/// </summary>
internal static class JsonBody
{
    public const int MaxBytes = 64 * 1024;

    /// <summary>The body as <typeparamref name="T"/>, or the problem with it.</summary>
    public static async Task<(T? Value, string? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > MaxBytes)
            return (null, $"The request body is larger than {MaxBytes / 1024} KB.");

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
                return (null, $"The request body is larger than {MaxBytes / 1024} KB.");
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0)
            return (null, "The request body is empty; send a JSON object.");

        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), ApiJson.Compact);
            return value is null ? (null, "The request body is JSON null; send a JSON object.") : (value, null);
        }
        catch (JsonException e)
        {
            // Name where it went wrong, not the exception text (which names our types).
            var at = e.Path is { Length: > 0 } path ? $" at {path}" : "";
            return (null, $"The request body is malformed or has a wrongly typed field{at} (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}).");
        }
    }
}
