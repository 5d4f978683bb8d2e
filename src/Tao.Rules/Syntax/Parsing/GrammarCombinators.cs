using System.Runtime.CompilerServices;
using Sprache;
using Tao.Rules.Text;

namespace Tao.Rules.Syntax.Parsing;

/// <summary>Combinators Sprache lacks: depth guarding, naming in words, comma lists and iterative operator chains.</summary>
internal static class GrammarCombinators
{
    /// <summary>
    /// A reference to a parser defined later, for recursive rules. Unlike <see cref="Parse.Ref{T}"/> it keeps no memo
    /// table: Sprache's Ref allocates one per input position to detect left recursion, which this grammar does not
    /// have, and that table was the largest single cost of parsing an expression.
    /// </summary>
    public static Parser<T> Recursive<T>(Func<Parser<T>> reference)
    {
        Parser<T>? parser = null;
        return i => (parser ??= reference())(i);
    }

    /// <summary>
    /// Gives a failure that happened on the parser's first token a name in words ("an expression after 'require'"),
    /// replacing the list of everything its pieces would have accepted there.
    /// </summary>
    public static Parser<T> Named<T>(this Parser<T> parser, Expectation name) => i =>
    {
        var input = (SourceInput)i;
        var failures = input.Context.Failures;
        var before = failures.Save();
        var result = parser(i);
        if (!result.WasSuccessful)
        {
            failures.Rename(input.Position, before, name);
        }

        return result;
    };

    /// <summary>
    /// Runs a parser one nesting level deeper (after an opening token that is already read). Past
    /// <see cref="RuleParser.MaxNestingDepth"/> levels, or when the thread's stack runs low, it fails and marks the
    /// opening token for TAO1003 instead of recursing further: a hostile file cannot overflow the stack.
    /// </summary>
    public static Parser<T> Nested<T>(this Parser<T> parser) => i =>
    {
        var input = (SourceInput)i;
        var context = input.Context;
        if (context.Depth >= RuleParser.MaxNestingDepth)
        {
            return TooDeep<T>(input, RuleParser.MaxNestingDepth);
        }

        context.Depth++;
        try
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            return parser(i);
        }
        catch (InsufficientExecutionStackException)
        {
            return TooDeep<T>(input, RuleParser.MaxNestingDepth);
        }
        finally
        {
            context.Depth--;
        }
    };

    /// <summary>
    /// <c>item (',' item)* ','? close</c>, or just <c>close</c>: the items and the closing token's span.
    /// The opening token is read by the caller.
    /// </summary>
    public static Parser<(IReadOnlyList<T> Items, SourceSpan Close)> CommaList<T>(Parser<T> item, Parser<SourceSpan> comma, Parser<SourceSpan> close) => i =>
    {
        var items = new List<T>();
        var closed = close(i);
        if (closed.WasSuccessful)
        {
            return Result.Success<(IReadOnlyList<T>, SourceSpan)>((items, closed.Value), closed.Remainder);
        }

        var rest = i;
        while (true)
        {
            var next = item(rest);
            if (!next.WasSuccessful)
            {
                return SequenceCombinators.Fail<T, (IReadOnlyList<T>, SourceSpan)>(next);
            }

            items.Add(next.Value);
            rest = next.Remainder;
            closed = close(rest);
            if (closed.WasSuccessful)
            {
                return Result.Success<(IReadOnlyList<T>, SourceSpan)>((items, closed.Value), closed.Remainder);
            }

            var separator = comma(rest);
            if (!separator.WasSuccessful)
            {
                return SequenceCombinators.Fail<SourceSpan, (IReadOnlyList<T>, SourceSpan)>(separator);
            }

            rest = separator.Remainder;
            closed = close(rest);
            if (closed.WasSuccessful)
            {
                return Result.Success<(IReadOnlyList<T>, SourceSpan)>((items, closed.Value), closed.Remainder);
            }
        }
    };

    /// <summary>
    /// <c>operand (op operand)*</c> folded to the left. A loop rather than Sprache's recursive ChainOperator, so that a
    /// long flat chain (<c>a + b + c + ...</c>) costs no stack.
    /// </summary>
    public static Parser<ExpressionSyntax> LeftChain(Parser<ExpressionSyntax> operand, Parser<BinaryOperator> op) => i =>
    {
        var first = operand(i);
        if (!first.WasSuccessful)
        {
            return first;
        }

        var left = first.Value;
        var rest = first.Remainder;
        while (true)
        {
            var o = op(rest);
            if (!o.WasSuccessful)
            {
                if (!o.Remainder.Equals(rest))
                {
                    return SequenceCombinators.Fail<BinaryOperator, ExpressionSyntax>(o);
                }

                // Nothing followed the operand: hand on its own result rather than an equal new one.
                return ReferenceEquals(left, first.Value) ? first : Result.Success(left, rest);
            }

            var right = operand(o.Remainder);
            if (!right.WasSuccessful)
            {
                return right;
            }

            left = new BinaryExpressionSyntax(left, o.Value, right.Value, left.Span.Cover(right.Value.Span));
            rest = right.Remainder;
        }
    };

    /// <summary>Marks the token just read (an opening token or a chain operator) for TAO1003 and fails past it.</summary>
    public static IResult<T> TooDeep<T>(SourceInput input, int limit)
    {
        var context = input.Context;
        if (context.DepthExceededAt < 0)
        {
            context.DepthExceededAt = input.TokenStart;
            context.DepthLimit = limit;
        }

        context.Failures.Fail(input.Position, "nesting too deep");
        return Result.Failure<T>(input, "nesting too deep", []);
    }
}
