using Sprache;
using Tao.Rules.Text;
using static Tao.Rules.Syntax.Parsing.SequenceCombinators;

namespace Tao.Rules.Syntax.Parsing;

/// <summary>
/// The expression language, loosest first: or, and, not, comparison (==, !=, &lt;, &lt;=, &gt;, &gt;=, in, not in,
/// between; non-associative), + -, * /, unary minus, member access, primaries. Levels follow <see cref="OperatorFacts"/>.
/// Every parser is built once; recursion goes through <see cref="GrammarCombinators.Recursive{T}"/> and is depth-guarded by
/// <see cref="GrammarCombinators.Nested{T}"/> wherever the text opens a new level.
/// </summary>
internal static class ExpressionGrammar
{
    public static readonly Expectation AnExpression = new("an expression");
    public static readonly Expectation AnOperator = new("an operator");

    /// <summary>A whole expression; the entry point for clauses, holes and the YAML front end.</summary>
    public static readonly Parser<ExpressionSyntax> Expression = GrammarCombinators.Recursive(() => OrLevel!).Named(AnExpression);

    private static readonly Parser<SourceSpan> Comma = Tokens.Symbol(",");
    private static readonly Parser<SourceSpan> CloseParen = Tokens.Symbol(")");
    private static readonly Parser<SourceSpan> CloseBracket = Tokens.Symbol("]");

    // Primaries.
    private static readonly Parser<ExpressionSyntax> True =
        Tokens.Keyword("true").Map(span => (ExpressionSyntax)new BooleanLiteralSyntax(true, span));

    private static readonly Parser<ExpressionSyntax> False =
        Tokens.Keyword("false").Map(span => (ExpressionSyntax)new BooleanLiteralSyntax(false, span));

    private static readonly Parser<ExpressionSyntax> StringLiteral = Tokens.StringLiteral.Map(s => (ExpressionSyntax)s);

    private static readonly Parser<ExpressionSyntax> Parenthesized = Sequence(
        Tokens.Symbol("("),
        Sequence(Expression, CloseParen, (inner, close) => (inner, close)).Nested(),
        (open, body) => (ExpressionSyntax)new ParenthesizedExpressionSyntax(body.inner, open.Cover(body.close)));

    private static readonly Parser<ExpressionSyntax> List = Sequence(
        Tokens.Symbol("["),
        GrammarCombinators.CommaList(Expression, Comma, CloseBracket).Nested(),
        (open, elements) => (ExpressionSyntax)new ListExpressionSyntax(elements.Items, open.Cover(elements.Close)));

    /// <summary>An argument: <c>x =&gt; body</c> (only where a lambda is meant, as in <c>any(list, x =&gt; ...)</c>) or an expression.</summary>
    private static readonly Parser<ExpressionSyntax> Argument =
        Sequence(
            Tokens.LambdaHead,
            Expression.Nested(),
            (parameter, body) => (ExpressionSyntax)new LambdaExpressionSyntax(parameter, body, parameter.Span.Cover(body.Span)))
        .XOr(Expression);

    private static readonly Parser<(IReadOnlyList<ExpressionSyntax> Items, SourceSpan Close)> Arguments = Sequence(
        Tokens.Symbol("("),
        GrammarCombinators.CommaList(Argument, Comma, CloseParen).Nested(),
        (open, arguments) => arguments);

    /// <summary>A name, or a call when the name is followed by <c>(</c>: only bare names are callable.</summary>
    private static readonly Parser<ExpressionSyntax> NameOrCall = i =>
    {
        var name = Tokens.Identifier(i);
        return name.WasSuccessful ? CallOrName(name.Value, (SourceInput)name.Remainder) : Fail<IdentifierSyntax, ExpressionSyntax>(name);
    };

    private static readonly Parser<ExpressionSyntax> Where = Sequence(
        Tokens.Keyword("where"),
        Expression.Named(new Expectation("a condition after 'where'")),
        (keyword, condition) => condition);

    private static readonly Parser<(ExpressionSyntax Selector, ExpressionSyntax? Filter)> PopulationBody =
        Sequence(
            GrammarCombinators.Recursive(() => Additive!).Named(new Expectation("what to select after 'all', such as subnet.stake")),
            Where.Maybe(),
            (selector, filter) => (selector, filter))
        .Nested();

    /// <summary>
    /// <c>all selector where filter</c>, a population (selector at additive level, so <c>where</c> ends it); <c>all(</c>
    /// is the built-in <c>all(list, x =&gt; ...)</c>.
    /// </summary>
    private static readonly Parser<ExpressionSyntax> All = i =>
    {
        var keyword = Tokens.Keyword("all")(i);
        if (!keyword.WasSuccessful)
        {
            return Fail<SourceSpan, ExpressionSyntax>(keyword);
        }

        var rest = (SourceInput)keyword.Remainder;
        if (Tokens.IsAt(rest, "("))
        {
            return CallOrName(new IdentifierSyntax("all", keyword.Value), rest);
        }

        var body = PopulationBody(rest);
        if (!body.WasSuccessful)
        {
            return Fail<(ExpressionSyntax, ExpressionSyntax?), ExpressionSyntax>(body);
        }

        var (selector, filter) = body.Value;
        var span = keyword.Value.Cover(filter?.Span ?? selector.Span);
        return Result.Success<ExpressionSyntax>(new PopulationExpressionSyntax(selector, filter, span), body.Remainder);
    };

    private static readonly Parser<ExpressionSyntax> Word = NameOrCall.XOr(True).XOr(False).XOr(All);

    /// <summary>
    /// A primary, chosen by its first character: every expression operand passes here, so it looks once instead of
    /// trying eight alternatives in turn. Words (names, calls, true, false, all) are told apart by XOr.
    /// </summary>
    private static readonly Parser<ExpressionSyntax> Primary = ((Parser<ExpressionSyntax>)(i =>
    {
        var input = (SourceInput)i;
        var context = input.Context;
        var c = input.Position < context.Limit ? context.Source[input.Position] : '\0';
        var parser = c switch
        {
            _ when CharFacts.IsWordStart(c) => Word,
            _ when CharFacts.IsDigit(c) => Tokens.NumberOrDate,
            '"' => StringLiteral,
            '(' => Parenthesized,
            '[' => List,
            _ => null,
        };
        return parser is null ? Tokens.Fail<ExpressionSyntax>(input, AnExpression) : parser(i);
    })).Named(AnExpression);

    private static readonly Parser<SourceSpan> Dot = Tokens.Symbol(".", AnOperator);

    private static readonly Parser<IdentifierSyntax> MemberName = Tokens.FieldName.Named(new Expectation("a field name after '.'"));

    /// <summary>A primary followed by any number of <c>.member</c>.</summary>
    private static readonly Parser<ExpressionSyntax> Postfix = i =>
    {
        var primary = Primary(i);
        if (!primary.WasSuccessful)
        {
            return primary;
        }

        var target = primary.Value;
        var rest = primary.Remainder;
        while (true)
        {
            var dot = Dot(rest);
            if (!dot.WasSuccessful)
            {
                return ReferenceEquals(target, primary.Value) ? primary : Result.Success(target, rest);
            }

            var member = MemberName(dot.Remainder);
            if (!member.WasSuccessful)
            {
                return Fail<IdentifierSyntax, ExpressionSyntax>(member);
            }

            target = new MemberAccessExpressionSyntax(target, member.Value, target.Span.Cover(member.Value.Span));
            rest = member.Remainder;
        }
    };

    private static readonly Parser<ExpressionSyntax> Negation = Sequence(
        Tokens.Symbol("-"),
        GrammarCombinators.Recursive(() => Unary!).Nested(),
        (minus, operand) => (ExpressionSyntax)new UnaryExpressionSyntax(UnaryOperator.Negate, operand, minus.Cover(operand.Span)));

    /// <summary><c>'-' unary | postfix</c>; the next token decides, so no alternative is tried in vain.</summary>
    private static readonly Parser<ExpressionSyntax> Unary = i =>
        Tokens.IsAt((SourceInput)i, "-") ? Negation(i) : Postfix(i);

    private static readonly Parser<BinaryOperator> MultiplicativeOperator =
        Tokens.Operator([("*", BinaryOperator.Multiply), ("/", BinaryOperator.Divide)], AnOperator);

    private static readonly Parser<BinaryOperator> AdditiveOperator =
        Tokens.Operator([("+", BinaryOperator.Add), ("-", BinaryOperator.Subtract)], AnOperator);

    private static readonly Parser<ExpressionSyntax> Multiplicative = GrammarCombinators.LeftChain(Unary, MultiplicativeOperator);

    private static readonly Parser<ExpressionSyntax> Additive = GrammarCombinators.LeftChain(Multiplicative, AdditiveOperator);

    private static readonly Parser<ExpressionSyntax> Operand = Additive.Named(AnExpression);

    private static readonly Parser<SourceSpan> AndInBetween = Tokens.Keyword("and", new Expectation("'and' between the bounds of 'between'", "and"));

    private static readonly Parser<SourceSpan> InAfterNot = Tokens.Keyword("in", new Expectation("'in' after 'not'", "in"));

    private static readonly Parser<ComparisonKind> ComparisonStart = Tokens.Operator(
        [
            ("==", ComparisonKind.Equal),
            ("!=", ComparisonKind.NotEqual),
            ("<", ComparisonKind.Less),
            ("<=", ComparisonKind.LessOrEqual),
            (">", ComparisonKind.Greater),
            (">=", ComparisonKind.GreaterOrEqual),
            ("in", ComparisonKind.In),
            ("not", ComparisonKind.NotIn),
            ("between", ComparisonKind.Between),
        ],
        AnOperator);

    /// <summary>
    /// What may follow the left operand of a comparison: an operator and its right operand, <c>in</c>/<c>not in</c> and a
    /// collection, or <c>between</c> and two bounds. One token decides which, so there is no backtracking here.
    /// </summary>
    private static readonly Parser<ComparisonTail> Tail = i =>
    {
        var input = (SourceInput)i;
        if (IsNotWithoutIn(input))
        {
            // 'not' that does not start 'not in' is no comparison: leave it for whoever reads on.
            return Tokens.Fail<ComparisonTail>(input, AnOperator);
        }

        var start = ComparisonStart(i);
        if (!start.WasSuccessful)
        {
            return Fail<ComparisonKind, ComparisonTail>(start);
        }

        var kind = start.Value;
        var rest = start.Remainder;
        if (kind == ComparisonKind.NotIn)
        {
            var keyword = InAfterNot(rest);
            if (!keyword.WasSuccessful)
            {
                return Fail<SourceSpan, ComparisonTail>(keyword);
            }

            rest = keyword.Remainder;
        }

        var right = Operand(rest);
        if (!right.WasSuccessful || kind != ComparisonKind.Between)
        {
            return right.WasSuccessful
                ? Result.Success(new ComparisonTail(kind, right.Value, null), right.Remainder)
                : Fail<ExpressionSyntax, ComparisonTail>(right);
        }

        var and = AndInBetween(right.Remainder);
        if (!and.WasSuccessful)
        {
            return Fail<SourceSpan, ComparisonTail>(and);
        }

        var upper = Operand(and.Remainder);
        return upper.WasSuccessful
            ? Result.Success(new ComparisonTail(kind, right.Value, upper.Value), upper.Remainder)
            : Fail<ExpressionSyntax, ComparisonTail>(upper);
    };

    /// <summary>Fails, with a sentence saying why, when a comparison is followed by another one (<c>a &lt; b &lt; c</c>).</summary>
    private static readonly Parser<SourceSpan> NotChained = i =>
    {
        var input = (SourceInput)i;
        var context = input.Context;
        var source = context.Source;
        var position = input.Position;
        var length = CharFacts.PunctuationLength(source, position, context.Limit);
        var chained = length > 0 && IsComparisonSymbol(source, position, length);
        if (!chained && position < context.Limit && CharFacts.IsLower(source[position]))
        {
            var word = TokenDescriber.WordAt(context, position);
            chained = word is "in" or "between"
                || (word == "not" && TokenDescriber.WordAt(context, Tokens.SkipTrivia(context, position + 3)) == "in");
        }

        if (!chained)
        {
            return Result.Success(default(SourceSpan), input);
        }

        var found = TokenDescriber.Describe(context, position);
        var message = $"comparisons do not chain: {found} cannot follow a comparison; join comparisons with 'and' (a < b and b < c) or use parentheses";
        context.Failures.Fail(position, message);
        return Result.Failure<SourceSpan>(input, message, []);
    };

    private static readonly Parser<ExpressionSyntax> Comparison = i =>
    {
        var left = Additive(i);
        if (!left.WasSuccessful)
        {
            return left;
        }

        var tail = Tail(left.Remainder);
        if (!tail.WasSuccessful)
        {
            return tail.Remainder.Equals(left.Remainder) ? left : Fail<ComparisonTail, ExpressionSyntax>(tail);
        }

        var end = NotChained(tail.Remainder);
        return end.WasSuccessful
            ? Result.Success(tail.Value.ApplyTo(left.Value), tail.Remainder)
            : Fail<SourceSpan, ExpressionSyntax>(end);
    };

    private static readonly Parser<ExpressionSyntax> LogicalNot = Sequence(
        Tokens.Keyword("not"),
        GrammarCombinators.Recursive(() => Not!).Nested(),
        (keyword, operand) => (ExpressionSyntax)new UnaryExpressionSyntax(UnaryOperator.Not, operand, keyword.Cover(operand.Span)));

    /// <summary><c>'not' not | comparison</c>; the next word decides.</summary>
    private static readonly Parser<ExpressionSyntax> Not = i =>
        Tokens.IsWordAt((SourceInput)i, "not") ? LogicalNot(i) : Comparison(i);

    private static readonly Parser<ExpressionSyntax> And =
        GrammarCombinators.LeftChain(Not, Tokens.Operator([("and", BinaryOperator.And)], AnOperator));

    private static readonly Parser<ExpressionSyntax> OrLevel =
        GrammarCombinators.LeftChain(And, Tokens.Operator([("or", BinaryOperator.Or)], AnOperator));

    private static bool IsComparisonSymbol(string source, int position, int length) =>
        length == 1
            ? source[position] is '<' or '>'
            : source[position + 1] == '=' && source[position] is '=' or '!' or '<' or '>';

    private static IResult<ExpressionSyntax> CallOrName(IdentifierSyntax name, SourceInput rest)
    {
        if (!Tokens.IsAt(rest, "("))
        {
            return Result.Success<ExpressionSyntax>(new NameExpressionSyntax(name, name.Span), rest);
        }

        var arguments = Arguments(rest);
        return arguments.WasSuccessful
            ? Result.Success<ExpressionSyntax>(new CallExpressionSyntax(name, arguments.Value.Items, name.Span.Cover(arguments.Value.Close)), arguments.Remainder)
            : Fail<(IReadOnlyList<ExpressionSyntax>, SourceSpan), ExpressionSyntax>(arguments);
    }

    private static bool IsNotWithoutIn(SourceInput input)
    {
        var context = input.Context;
        var position = input.Position;
        if (position + 3 > context.Limit || string.CompareOrdinal(context.Source, position, "not", 0, 3) != 0 || Tokens.ScanWord(context, position) != position + 3)
        {
            return false;
        }

        var next = Tokens.SkipTrivia(context, position + 3);
        return !(next + 2 <= context.Limit && string.CompareOrdinal(context.Source, next, "in", 0, 2) == 0 && Tokens.ScanWord(context, next) == next + 2);
    }

    private enum ComparisonKind
    {
        Equal,
        NotEqual,
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
        In,
        NotIn,
        Between,
    }

    private sealed record ComparisonTail(ComparisonKind Kind, ExpressionSyntax Right, ExpressionSyntax? Upper)
    {
        public ExpressionSyntax ApplyTo(ExpressionSyntax left)
        {
            var span = left.Span.Cover((Upper ?? Right).Span);
            return Kind switch
            {
                ComparisonKind.In => new InExpressionSyntax(left, Right, false, span),
                ComparisonKind.NotIn => new InExpressionSyntax(left, Right, true, span),
                ComparisonKind.Between => new BetweenExpressionSyntax(left, Right, Upper!, span),
                ComparisonKind.Equal => new BinaryExpressionSyntax(left, BinaryOperator.Equal, Right, span),
                ComparisonKind.NotEqual => new BinaryExpressionSyntax(left, BinaryOperator.NotEqual, Right, span),
                ComparisonKind.Less => new BinaryExpressionSyntax(left, BinaryOperator.Less, Right, span),
                ComparisonKind.LessOrEqual => new BinaryExpressionSyntax(left, BinaryOperator.LessOrEqual, Right, span),
                ComparisonKind.Greater => new BinaryExpressionSyntax(left, BinaryOperator.Greater, Right, span),
                _ => new BinaryExpressionSyntax(left, BinaryOperator.GreaterOrEqual, Right, span),
            };
        }
    }
}
