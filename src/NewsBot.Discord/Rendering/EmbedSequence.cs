using NewsBot.Core.Text;
using NewsBot.Discord.Messages;

namespace NewsBot.Discord.Rendering;

/// <summary>Builds a run of embeds, starting a continuation embed when fields would pass 25 or 6,000 characters.</summary>
internal sealed class EmbedSequence(int color, string continuationTitle)
{
    private const int MaxFooter = 500;
    private readonly List<DiscordEmbed> _done = [];
    private DiscordEmbed? _current;

    public void Add(string? title, string? description, string? url = null)
    {
        Flush();
        _current = new DiscordEmbed(
            Title: title is null ? null : TextPieces.Truncate(title, EmbedLimits.Title),
            Description: description is null ? null : TextPieces.Truncate(description, EmbedLimits.Description),
            Url: url,
            Color: color);
    }

    public void AddField(string name, string value)
    {
        var field = new EmbedField(TextPieces.Truncate(name, EmbedLimits.FieldName), TextPieces.Truncate(value, EmbedLimits.FieldValue));
        var fields = _current?.Fields ?? [];
        var length = field.Name.Length + field.Value.Length;
        if (_current is null || fields.Count == EmbedLimits.Fields || _current.CountedLength + length + MaxFooter > EmbedLimits.Total)
        {
            Add(continuationTitle, null);
            fields = [];
        }
        _current = _current! with { Fields = [.. fields, field] };
    }

    /// <summary>A footer on the last embed (notes are short; they are cut to 500 characters so any embed still fits).</summary>
    public void Footer(string text)
    {
        _current ??= new DiscordEmbed(Color: color);
        _current = _current with { Footer = new EmbedFooter(TextPieces.Truncate(text, MaxFooter)) };
    }

    public IReadOnlyList<DiscordEmbed> Build()
    {
        Flush();
        return _done;
    }

    private void Flush()
    {
        if (_current is not null)
            _done.Add(_current);
        _current = null;
    }
}
