using System.Buffers;
using System.Text;

namespace NewsBot.Core.Language;

/// <summary>
/// Walks the word tokens of a text without allocating (the same tokens as <see cref="QueryTerms.Tokens"/>),
/// lower-cased into a reusable buffer. For the re-scoring hot path, which reads every candidate passage.
/// </summary>
internal ref struct WordScanner
{
    private readonly ReadOnlySpan<char> _text;
    private char[] _buffer;
    private int _position;
    private int _length;

    public WordScanner(ReadOnlySpan<char> text)
    {
        _text = text;
        _buffer = ArrayPool<char>.Shared.Rent(64);
        _position = 0;
        _length = 0;
    }

    /// <summary>The current token, lower-cased; valid until the next <see cref="MoveNext"/>.</summary>
    public readonly ReadOnlySpan<char> Current => _buffer.AsSpan(0, _length);

    /// <summary>Where the current token ends in the text.</summary>
    public readonly int End => _position;

    public bool MoveNext()
    {
        _length = 0;
        while (_position < _text.Length)
        {
            if (Rune.DecodeFromUtf16(_text[_position..], out var rune, out var consumed) != OperationStatus.Done)
            {
                // A lone surrogate separates words, as any other non-letter does.
                _position++;
                if (_length > 0)
                    return true;
                continue;
            }
            // Combining marks separate words, as in FTS5's unicode61 tokenizer: a Hindi or Tamil vowel sign splits
            // the word there in the index, so the query and the re-scorer must split it the same way.
            if (!Rune.IsLetterOrDigit(rune))
            {
                _position += consumed;
                if (_length > 0)
                    return true;
                continue;
            }
            Append(Rune.ToLowerInvariant(rune));
            _position += consumed;
        }
        return _length > 0;
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = [];
    }

    private void Append(Rune rune)
    {
        if (_length + 2 > _buffer.Length)
        {
            var larger = ArrayPool<char>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = larger;
        }
        _length += rune.EncodeToUtf16(_buffer.AsSpan(_length));
    }
}
