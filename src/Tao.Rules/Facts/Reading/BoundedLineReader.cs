namespace Tao.Rules.Facts.Reading;

/// <summary>
/// Reads lines from a <see cref="TextReader"/> while holding at most <c>maxLength</c> characters of any one line: a
/// longer line is consumed and flagged <see cref="TooLong"/> but never kept, so a 1 GB line costs a fixed buffer.
/// Lines end at <c>\n</c> (a preceding <c>\r</c> is dropped). Counts lines and character offsets for positions.
/// </summary>
internal sealed class BoundedLineReader(TextReader reader, int maxLength)
{
    private readonly char[] _buffer = new char[16 * 1024];
    private char[] _line = new char[256];
    private int _position;
    private int _length;
    private long _offset;
    private bool _endOfInput;

    /// <summary>The 1-based number of the line last read.</summary>
    public int LineNumber { get; private set; }

    /// <summary>The character offset in the input of the start of the line last read.</summary>
    public long LineOffset { get; private set; }

    /// <summary>True when the line last read was longer than the limit; <see cref="Line"/> is then empty.</summary>
    public bool TooLong { get; private set; }

    /// <summary>The line last read, without its line break.</summary>
    public ReadOnlySpan<char> Line => _line.AsSpan(0, LineLength);

    private int LineLength { get; set; }

    /// <summary>Reads the next line; false at the end of the input.</summary>
    public bool ReadLine()
    {
        LineLength = 0;
        TooLong = false;
        LineOffset = _offset;
        var sawAny = false;
        while (true)
        {
            if (_position == _length)
            {
                if (_endOfInput || !Fill())
                {
                    if (!sawAny)
                    {
                        return false;
                    }

                    break;
                }
            }

            sawAny = true;
            var available = _buffer.AsSpan(_position, _length - _position);
            var newline = available.IndexOf('\n');
            var segment = newline >= 0 ? available.Slice(0, newline) : available;
            Append(segment);
            var consumed = newline >= 0 ? newline + 1 : segment.Length;
            _position += consumed;
            _offset += consumed;
            if (newline >= 0)
            {
                break;
            }
        }

        LineNumber++;
        if (!TooLong && LineLength > 0 && _line[LineLength - 1] == '\r')
        {
            LineLength--;
        }

        if (LineLength > maxLength)
        {
            TooLong = true;
            LineLength = 0;
        }

        return true;
    }

    private void Append(ReadOnlySpan<char> segment)
    {
        if (TooLong)
        {
            return;
        }

        // One extra character is allowed for a '\r' that the line break will drop.
        if (LineLength + segment.Length > maxLength + 1)
        {
            TooLong = true;
            LineLength = 0;
            return;
        }

        if (LineLength + segment.Length > _line.Length)
        {
            Array.Resize(ref _line, Math.Min(maxLength + 1, Math.Max(_line.Length * 2, LineLength + segment.Length)));
        }

        segment.CopyTo(_line.AsSpan(LineLength));
        LineLength += segment.Length;
    }

    private bool Fill()
    {
        _length = reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        _endOfInput = _length == 0;
        return !_endOfInput;
    }
}
