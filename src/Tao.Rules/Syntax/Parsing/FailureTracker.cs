using System.Text;
using Tao.Rules.Diagnostics;

namespace Tao.Rules.Syntax.Parsing;

/// <summary>
/// Remembers the furthest position where the grammar failed and everything it expected there. Backtracking hides the
/// real failure behind the last alternative tried; the furthest one is where the text actually stops making sense.
/// </summary>
internal sealed class FailureTracker(ParseContext context)
{
    private readonly List<Expectation> _expected = [];
    private string? _message;

    /// <summary>The furthest failure position, or -1 when nothing failed yet.</summary>
    public int Position { get; private set; } = -1;

    public void Reset()
    {
        Position = -1;
        _expected.Clear();
        _message = null;
    }

    public void Expect(int position, Expectation expectation)
    {
        if (Advance(position) && !_expected.Contains(expectation))
        {
            _expected.Add(expectation);
        }
    }

    /// <summary>A failure that is better explained by a whole sentence than by a list of expectations.</summary>
    public void Fail(int position, string message)
    {
        if (Advance(position) && _message is null)
        {
            _message = message;
        }
    }

    public Snapshot Save() => new(Position, _expected.Count, _message);

    /// <summary>
    /// When a named part of the grammar failed on its very first token, replaces what its pieces expected by its name
    /// ("an expression" rather than "a number, a string, '(' ...").
    /// </summary>
    public void Rename(int position, Snapshot before, Expectation name)
    {
        if (Position != position)
        {
            return;
        }

        if (before.Position == position)
        {
            _expected.RemoveRange(before.Count, _expected.Count - before.Count);
            _message = before.Message;
        }
        else
        {
            _expected.Clear();
            _message = null;
        }

        if (_message is null && !_expected.Contains(name))
        {
            _expected.Add(name);
        }
    }

    /// <summary>"unexpected 'x'; expected a, b or c", with a did-you-mean when the unexpected word is a misspelt keyword.</summary>
    public string BuildMessage()
    {
        var position = Math.Max(Position, context.Start);
        var found = TokenDescriber.Describe(context, position);
        if (_message is not null)
        {
            return _message;
        }

        var text = new StringBuilder("unexpected ").Append(found);
        if (_expected.Count > 0)
        {
            text.Append("; expected ");
            for (var i = 0; i < _expected.Count; i++)
            {
                if (i > 0)
                {
                    text.Append(i == _expected.Count - 1 ? " or " : ", ");
                }

                text.Append(_expected[i].Description);
            }

            var word = TokenDescriber.WordAt(context, position);
            if (word is not null)
            {
                var candidates = _expected.SelectMany(e => e.Words).Where(w => !string.Equals(w, word, StringComparison.Ordinal));
                text.Append(Suggestions.DidYouMean(word, candidates));
            }
        }

        return text.ToString();
    }

    private bool Advance(int position)
    {
        if (position < Position)
        {
            return false;
        }

        if (position > Position)
        {
            Position = position;
            _expected.Clear();
            _message = null;
        }

        return true;
    }

    internal readonly record struct Snapshot(int Position, int Count, string? Message);
}
