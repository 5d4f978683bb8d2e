using System.Text;

namespace Tao.Rules.Facts.Reading;

/// <summary>One cell of a CSV record, with where it starts.</summary>
internal readonly record struct CsvCell(string Text, FactPosition Position, bool Quoted);

/// <summary>
/// Reads RFC 4180 CSV records (comma-separated; cells may be quoted with <c>"</c>, a quote inside doubled; quoted cells
/// may span lines) from a <see cref="TextReader"/>, holding at most <c>maxLength</c> characters of one record: a longer
/// record is consumed and flagged <see cref="TooLong"/>, never kept whole. Blank lines are skipped.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader, int maxLength)
{
    private readonly char[] _buffer = new char[16 * 1024];
    private readonly StringBuilder _cell = new();
    private int _position;
    private int _length;
    private long _offset;
    private int _line = 1;
    private int _column = 1;

    /// <summary>The cells of the record last read.</summary>
    public List<CsvCell> Cells { get; } = [];

    /// <summary>Where the record last read starts.</summary>
    public FactPosition RecordPosition { get; private set; }

    /// <summary>True when the record last read was longer than the limit; its cells are then not kept.</summary>
    public bool TooLong { get; private set; }

    /// <summary>Why the record last read is malformed (an unterminated quote, text after a closing quote), or null.</summary>
    public string? Error { get; private set; }

    public FactPosition ErrorPosition { get; private set; }

    /// <summary>Reads the next record; false at the end of the input.</summary>
    public bool ReadRecord()
    {
        Cells.Clear();
        TooLong = false;
        Error = null;
        while (Peek() is '\n' or '\r')
        {
            Next();
        }

        if (Peek() < 0)
        {
            return false;
        }

        RecordPosition = Here(0);
        var recordLength = 0;
        while (true)
        {
            var cellStart = Here(0);
            _cell.Clear();
            var quoted = Peek() == '"';
            if (quoted)
            {
                Next();
                recordLength++;
                while (true)
                {
                    var c = Next();
                    recordLength++;
                    if (c < 0)
                    {
                        Fail("the quoted cell is never closed", cellStart);
                        return true;
                    }

                    if (c == '"')
                    {
                        if (Peek() != '"')
                        {
                            break;
                        }

                        Next();
                    }

                    Keep((char)c, recordLength);
                }

                if (Peek() is not (',' or '\n' or '\r' or -1))
                {
                    Fail("a quoted cell must end at its closing quote; expected ',' or the end of the line", Here(0));
                    SkipRestOfLine();
                    return true;
                }
            }
            else
            {
                while (Peek() is not (',' or '\n' or '\r' or -1))
                {
                    recordLength++;
                    Keep((char)Next(), recordLength);
                }
            }

            if (!TooLong)
            {
                Cells.Add(new CsvCell(_cell.ToString(), cellStart with { Length = _cell.Length }, quoted));
            }

            var end = Next();
            recordLength++;
            if (end == '\r' && Peek() == '\n')
            {
                Next();
            }

            if (end != ',')
            {
                if (TooLong)
                {
                    Cells.Clear();
                }

                return true;
            }
        }
    }

    private void Keep(char c, int recordLength)
    {
        if (c == '\uFFFD')
        {
            Fail("the row is not valid UTF-8 text", Here(0));
        }

        if (recordLength > maxLength)
        {
            TooLong = true;
            _cell.Clear();
            Cells.Clear();
        }

        if (!TooLong)
        {
            _cell.Append(c);
        }
    }

    private void Fail(string error, FactPosition position)
    {
        if (Error is null)
        {
            Error = error;
            ErrorPosition = position;
        }
    }

    private void SkipRestOfLine()
    {
        while (Peek() is not ('\n' or -1))
        {
            Next();
        }

        Next();
    }

    private FactPosition Here(int length) => new(_offset, length, _line, _column);

    private int Peek()
    {
        if (_position == _length)
        {
            _length = reader.Read(_buffer, 0, _buffer.Length);
            _position = 0;
            if (_length == 0)
            {
                return -1;
            }
        }

        return _buffer[_position];
    }

    private int Next()
    {
        var c = Peek();
        if (c < 0)
        {
            return c;
        }

        _position++;
        _offset++;
        if (c == '\n')
        {
            _line++;
            _column = 1;
        }
        else if (c != '\r' || Peek() != '\n')
        {
            _column = c == '\r' ? 1 : _column + 1;
            if (c == '\r')
            {
                _line++;
            }
        }

        return c;
    }
}
