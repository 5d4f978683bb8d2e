using Sprache;
using Tao.Rules.Text;

namespace Tao.Rules.Syntax.Parsing;

/// <summary>
/// The lexical level of the grammar as Sprache parsers that read a whole token straight from the text (no
/// per-character results), then skip the trivia that follows it. Every failure is recorded, in words, with the
/// parse's <see cref="FailureTracker"/>.
/// </summary>
internal static partial class Tokens
{
    public static readonly Expectation AName = new("a name");
    public static readonly Expectation AString = new("a string");
    public static readonly Expectation ADate = new("a date like 2026-01-01");
    public static readonly Expectation ANumber = new("a number");
    public static readonly Expectation ARuleId = new("a rule id like JP-GL-01");
    public static readonly Expectation APackageName = new("a package name like jp.jvcea");
    public static readonly Expectation AJurisdiction = new("a jurisdiction code like JP");
    public static readonly Expectation AFieldName = new("a field name");

    /// <summary>Skips whitespace and comments from <paramref name="position"/>; comments are recorded for the formatter.</summary>
    public static int SkipTrivia(ParseContext context, int position)
    {
        var source = context.Source;
        var limit = context.Limit;
        while (position < limit)
        {
            var c = source[position];
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                position++;
            }
            else if (c == '#' && context.AllowsComments)
            {
                var start = position;
                while (position < limit && !CharFacts.IsLineBreak(source[position]))
                {
                    position++;
                }

                context.AddComment(start, position);
            }
            else
            {
                break;
            }
        }

        return position;
    }

    public static IResult<T> Fail<T>(SourceInput input, Expectation expectation)
    {
        input.Context.Failures.Expect(input.Position, expectation);
        return input.Failure<T>();
    }

    /// <summary>A failure that records nothing: for lookahead that decides between alternatives.</summary>
    public static IResult<T> FailSilently<T>(SourceInput input) => input.Failure<T>();

    public static SourceInput Next(SourceInput input, int start, int end) => input.After(start, end, SkipTrivia(input.Context, end));

    /// <summary>A keyword, matched as a whole word.</summary>
    public static Parser<SourceSpan> Keyword(string keyword) => Keyword(keyword, Expectation.ForKeyword(keyword));

    public static Parser<SourceSpan> Keyword(string keyword, Expectation expectation) => i =>
    {
        var input = (SourceInput)i;
        var context = input.Context;
        var start = input.Position;
        var end = start + keyword.Length;
        if (end <= context.Limit
            && string.CompareOrdinal(context.Source, start, keyword, 0, keyword.Length) == 0
            && (end == context.Limit || !CharFacts.IsWordPart(context.Source[end])))
        {
            return Result.Success(context.Span(start, end), Next(input, start, end));
        }

        return Fail<SourceSpan>(input, expectation);
    };

    /// <summary>An operator or punctuation token, matched by longest match (<c>&lt;</c> never matches the start of <c>&lt;=</c>).</summary>
    public static Parser<SourceSpan> Symbol(string symbol) => Symbol(symbol, new Expectation("'" + symbol + "'"));

    public static Parser<SourceSpan> Symbol(string symbol, Expectation expectation) => i =>
    {
        var input = (SourceInput)i;
        var context = input.Context;
        var start = input.Position;
        if (CharFacts.PunctuationLength(context.Source, start, context.Limit) == symbol.Length
            && string.CompareOrdinal(context.Source, start, symbol, 0, symbol.Length) == 0)
        {
            return Result.Success(context.Span(start, start + symbol.Length), Next(input, start, start + symbol.Length));
        }

        return Fail<SourceSpan>(input, expectation);
    };

    /// <summary>
    /// One operator out of a table, read as a single token (the longest punctuation, or a whole word) and looked up:
    /// one attempt and at most one failure entry, where a chain of XOr alternatives would make one per operator.
    /// </summary>
    public static Parser<T> Operator<T>((string Text, T Value)[] table, Expectation expectation) => i =>
    {
        var input = (SourceInput)i;
        var context = input.Context;
        var source = context.Source;
        var start = input.Position;
        var length = CharFacts.PunctuationLength(source, start, context.Limit);
        if (length == 0 && start < context.Limit && CharFacts.IsWordStart(source[start]))
        {
            length = ScanWord(context, start) - start;
        }

        if (length > 0)
        {
            for (var k = 0; k < table.Length; k++)
            {
                var text = table[k].Text;
                if (text.Length == length && string.CompareOrdinal(source, start, text, 0, length) == 0)
                {
                    return Result.Success(table[k].Value, Next(input, start, start + length));
                }
            }
        }

        return Fail<T>(input, expectation);
    };

    /// <summary>Whether the next token is <paramref name="symbol"/>, without reading it or recording anything.</summary>
    public static bool IsAt(SourceInput input, string symbol)
    {
        var context = input.Context;
        return CharFacts.PunctuationLength(context.Source, input.Position, context.Limit) == symbol.Length
            && string.CompareOrdinal(context.Source, input.Position, symbol, 0, symbol.Length) == 0;
    }

    /// <summary>
    /// Chooses the alternative whose keyword is the next word, and commits to it, as an XOr chain of keyword-led
    /// alternatives does, but with one look at the word instead of one failed attempt (and its garbage) per
    /// alternative. For the hot spots; elsewhere the grammar uses XOr.
    /// </summary>
    public static Parser<T> ByKeyword<T>(Expectation expectation, params (string Keyword, Parser<T> Parser)[] alternatives) => i =>
    {
        var input = (SourceInput)i;
        var context = input.Context;
        var start = input.Position;
        if (start < context.Limit && CharFacts.IsLower(context.Source[start]))
        {
            var length = ScanWord(context, start) - start;
            foreach (var (keyword, parser) in alternatives)
            {
                if (keyword.Length == length && string.CompareOrdinal(context.Source, start, keyword, 0, length) == 0)
                {
                    return parser(i);
                }
            }
        }

        return Fail<T>(input, expectation);
    };

    /// <summary>Whether the next token is the word <paramref name="word"/>, without reading it or recording anything.</summary>
    public static bool IsWordAt(SourceInput input, string word)
    {
        var context = input.Context;
        var start = input.Position;
        var end = start + word.Length;
        return end <= context.Limit
            && string.CompareOrdinal(context.Source, start, word, 0, word.Length) == 0
            && (end == context.Limit || !CharFacts.IsWordPart(context.Source[end]));
    }

    /// <summary><c>[a-z_][A-Za-z0-9_]*</c> that is not a keyword: a param, a let, a kind, a function, a lambda parameter.</summary>
    public static readonly Parser<IdentifierSyntax> Identifier = Word(reservedAllowed: false, upperStartAllowed: false, AName);

    /// <summary>A member after <c>.</c> or a field of a <c>given</c>: any word, keywords included, since nothing else can stand there.</summary>
    public static readonly Parser<IdentifierSyntax> FieldName = Word(reservedAllowed: true, upperStartAllowed: true, AFieldName);

    private static Parser<IdentifierSyntax> Word(bool reservedAllowed, bool upperStartAllowed, Expectation expectation) => i =>
    {
        var input = (SourceInput)i;
        var context = input.Context;
        var source = context.Source;
        var start = input.Position;
        if (start >= context.Limit || !(CharFacts.IsLower(source[start]) || source[start] == '_' || (upperStartAllowed && CharFacts.IsUpper(source[start]))))
        {
            return Fail<IdentifierSyntax>(input, expectation);
        }

        var end = ScanWord(context, start);
        if (!reservedAllowed && ReservedWords.IsReserved(source, start, end - start))
        {
            return Fail<IdentifierSyntax>(input, expectation);
        }

        return Result.Success(new IdentifierSyntax(source.Substring(start, end - start), context.Span(start, end)), Next(input, start, end));
    };

    /// <summary><c>name =&gt;</c>, the head of a lambda; a silent lookahead, so a plain argument costs no error entry.</summary>
    public static readonly Parser<IdentifierSyntax> LambdaHead = i =>
    {
        var input = (SourceInput)i;
        var context = input.Context;
        var source = context.Source;
        var start = input.Position;
        if (start >= context.Limit || !(CharFacts.IsLower(source[start]) || source[start] == '_'))
        {
            return FailSilently<IdentifierSyntax>(input);
        }

        var end = ScanWord(context, start);
        var arrow = SkipTrivia(context, end);
        if (ReservedWords.IsReserved(source, start, end - start)
            || CharFacts.PunctuationLength(source, arrow, context.Limit) != 2
            || source[arrow] != '='
            || source[arrow + 1] != '>')
        {
            return FailSilently<IdentifierSyntax>(input);
        }

        var name = new IdentifierSyntax(source.Substring(start, end - start), context.Span(start, end));
        return Result.Success(name, Next(input, arrow, arrow + 2));
    };

    /// <summary>A jurisdiction code: <c>JP</c>, <c>EU</c>, <c>US-NY</c>.</summary>
    public static readonly Parser<IdentifierSyntax> JurisdictionCode = i =>
    {
        var input = (SourceInput)i;
        var context = input.Context;
        var source = context.Source;
        var start = input.Position;
        if (start >= context.Limit || !CharFacts.IsLetter(source[start]))
        {
            return Fail<IdentifierSyntax>(input, AJurisdiction);
        }

        var end = ScanHyphenatedWord(context, start);
        if (ReservedWords.IsReserved(source, start, end - start))
        {
            return Fail<IdentifierSyntax>(input, AJurisdiction);
        }

        return Result.Success(new IdentifierSyntax(source.Substring(start, end - start), context.Span(start, end)), Next(input, start, end));
    };

    /// <summary><c>[A-Z][A-Z0-9]*(-[A-Z0-9]+)*</c>, such as <c>JP-GL-01</c>.</summary>
    public static readonly Parser<RuleIdSyntax> RuleId = i =>
    {
        var input = (SourceInput)i;
        var context = input.Context;
        var source = context.Source;
        var start = input.Position;
        var limit = context.Limit;
        if (start >= limit || !CharFacts.IsUpper(source[start]))
        {
            return Fail<RuleIdSyntax>(input, ARuleId);
        }

        var end = start + 1;
        while (end < limit)
        {
            var c = source[end];
            if (CharFacts.IsUpper(c) || CharFacts.IsDigit(c))
            {
                end++;
            }
            else if (c == '-' && end + 1 < limit && (CharFacts.IsUpper(source[end + 1]) || CharFacts.IsDigit(source[end + 1])))
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        if (end < limit && (CharFacts.IsWordPart(source[end]) || source[end] == '-'))
        {
            return Fail<RuleIdSyntax>(input, ARuleId);
        }

        return Result.Success(new RuleIdSyntax(source.Substring(start, end - start), context.Span(start, end)), Next(input, start, end));
    };

    /// <summary><c>jp.jvcea</c>: names joined by dots, without spaces.</summary>
    public static readonly Parser<QualifiedNameSyntax> QualifiedName = i =>
    {
        var input = (SourceInput)i;
        var context = input.Context;
        var source = context.Source;
        var start = input.Position;
        var end = start;
        while (true)
        {
            if (end >= context.Limit || !(CharFacts.IsLower(source[end]) || source[end] == '_'))
            {
                break;
            }

            var segmentEnd = ScanWord(context, end);
            if (ReservedWords.IsReserved(source, end, segmentEnd - end))
            {
                break;
            }

            end = segmentEnd;
            if (end + 1 < context.Limit && source[end] == '.' && (CharFacts.IsLower(source[end + 1]) || source[end + 1] == '_'))
            {
                end++;
                continue;
            }

            break;
        }

        if (end == start)
        {
            return Fail<QualifiedNameSyntax>(input, APackageName);
        }

        if (source[end - 1] == '.')
        {
            end--;
        }

        return Result.Success(new QualifiedNameSyntax(source.Substring(start, end - start), context.Span(start, end)), Next(input, start, end));
    };

    /// <summary>One of a fixed set of lower-case words, such as a severity or an outcome.</summary>
    public static Parser<(string Word, SourceSpan Span)> OneOf(string[] words, Expectation expectation) => i =>
    {
        var input = (SourceInput)i;
        var context = input.Context;
        var source = context.Source;
        var start = input.Position;
        if (start < context.Limit && CharFacts.IsWordStart(source[start]))
        {
            var end = ScanHyphenatedWord(context, start);
            for (var k = 0; k < words.Length; k++)
            {
                var word = words[k];
                if (word.Length == end - start && string.CompareOrdinal(source, start, word, 0, word.Length) == 0)
                {
                    return Result.Success((word, context.Span(start, end)), Next(input, start, end));
                }
            }
        }

        return Fail<(string, SourceSpan)>(input, expectation);
    };

    public static int ScanWord(ParseContext context, int start)
    {
        var end = start + 1;
        while (end < context.Limit && CharFacts.IsWordPart(context.Source[end]))
        {
            end++;
        }

        return end;
    }

    private static int ScanHyphenatedWord(ParseContext context, int start)
    {
        var source = context.Source;
        var end = start + 1;
        while (end < context.Limit && (CharFacts.IsWordPart(source[end]) || (source[end] == '-' && end + 1 < context.Limit && CharFacts.IsWordPart(source[end + 1]))))
        {
            end++;
        }

        return end;
    }
}
