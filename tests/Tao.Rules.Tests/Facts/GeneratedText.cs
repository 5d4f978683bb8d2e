using System.Text;

namespace Tao.Rules.Tests.Facts;

/// <summary>
/// A <see cref="TextReader"/> that makes its text as it is read, line by line, so tests can stream huge inputs without
/// holding them, and can see how far the reader under test has read.
/// </summary>
internal sealed class GeneratedText(Func<long, string?> line) : TextReader
{
    private readonly StringBuilder _pending = new();
    private int _pendingStart;
    private bool _done;

    /// <summary>How many lines have been handed out so far.</summary>
    public long LinesProduced { get; private set; }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        while (_pending.Length - _pendingStart == 0 && !_done)
        {
            _pending.Clear();
            _pendingStart = 0;
            var next = line(LinesProduced);
            if (next is null)
            {
                _done = true;
                break;
            }

            LinesProduced++;
            _pending.Append(next).Append('\n');
        }

        var n = Math.Min(buffer.Length, _pending.Length - _pendingStart);
        _pending.CopyTo(_pendingStart, buffer, n);
        _pendingStart += n;
        return n;
    }

    public override int Peek() => throw new NotSupportedException("the readers under test never peek");
}
