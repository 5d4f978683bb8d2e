using Sprache;
using Tao.Rules.Text;

namespace Tao.Rules.Syntax.Parsing;

/// <summary>
/// The expression language, loosest first: or, and, not, comparison (==, !=, &lt;, &lt;=, &gt;, &gt;=, in, not in,
/// between; non-associative), + -, * /, unary minus, member access, primaries. Levels follow <see cref="OperatorFacts"/>.
/// </summary>
internal static class ExpressionGrammar
{
    public static readonly Expectation AnExpression = new("an expression");
    public static readonly Expectation AnOperator = new("an operator");

    /// <summary>A whole expression; the entry point for clauses, holes and the YAML front end.</summary>
    public static readonly Parser<ExpressionSyntax> Expression = Parse.Ref(() => OrLevel).Named(AnExpression);

    private static readonly Parser<SourceSpan> Comma = Tokens.Symbol(",");
    private static readonly Parser<SourceSpan> CloseParen = Tokens.Symbol(")");
    private static readonly Parser<SourceSpan> CloseBracket = Tokens.Symbol("]");

    // Primaries.
    private static readonly Parser<ExpressionSyntax> True =
        Tokens.Keyword("true").Select(span => (ExpressionSyntax)new BooleanLiteralSyntax(true, span));

    private static readonly Parser<ExpressionSyntax> False =
        Tokens.Keyword("false").Select(span => (ExpressionSyntax)new BooleanLiteralSyntax(false, span));

    private static readonly Parser<ExpressionSyntax> StringLiteral = Tokens.StringLiteral.Select(s => (ExpressionSyntax)s);

    private static readonly Parser<ExpressionSyntax> Parenthesized =
        from open in Tokens.Symbol("(")
        from inner in (from e in Expression from close in CloseParen select (e, close)).Nested()
        select (ExpressionSyntax)new ParenthesizedExpressionSyntax(inner.e, open.Cover(inner.close));

    private static readonly Parser<ExpressionSyntax> List =
        from open in Tokens.Symbol("[")
        from elements in GrammarCombinators.CommaList(Expression, Comma, CloseBracket).Nested()
        select (ExpressionSyntax)new ListExpressionSyntax(elements.Items, open.Cover(elements.Close));

    /// <summary>An argument: <c>x =&gt; body</c> (only where a lambda is meant, as in <c>any(list, x =&gt; ...)</c>) or an expression.</summary>
    private static readonly Parser<ExpressionSyntax> Argument =
        (from parameter in Tokens.LambdaHead
         from body in Expression.Nested()
         select (ExpressionSyntax)new LambdaExpressionSyntax(parameter, body, parameter.Span.Cover(body.Span)))
        .XOr(Expression);

    private static readonly Parser<(IReadOnlyList<ExpressionSyntax> Items, SourceSpan Close)> Arguments =
        from open in Tokens.Symbol("(")
        from arguments in GrammarCombinators.CommaList(Argument, Comma, CloseParen).Nested()
        select arguments;

    /// <summary>A name, or a call when the name is followed by <c>(</c>: only bare names are callable.</summary>
    private static readonly Parser<ExpressionSyntax> NameOrCall = i =>
    {
        var name = Tokens.Identifier(i);
        if (!name.WasSuccessful)
        {
            return Result.Failure<ExpressionSyntax>(name.Remainder, name.Message, name.Expectations);
        }

        return CallOrName(name.Value, (SourceInput)name.Remainder);
    };

    private static readonly Parser<(ExpressionSyntax Selector, ExpressionSyntax? Filter)> PopulationBody =
        (from selector in Parse.Ref(() => Additive).Named(new Expectation("what to select after 'all', such as subnet.stake"))
         from filter in (from keyword in Tokens.Keyword("where")
                         from condition in Expression.Named(new Expectation("a condition after 'where'"))
                         select condition).XOptional()
         select (selector, filter.GetOrDefault()))
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
            return Result.Failure<ExpressionSyntax>(keyword.Remainder, keyword.Message, keyword.Expectations);
        }

        var rest = (SourceInput)keyword.Remainder;
        if (Tokens.IsAt(rest, "("))
        {
            return CallOrName(new IdentifierSyntax("all", keyword.Value), rest);
        }

        var body = PopulationBody(rest);
        return body.WasSuccessful
            ? Result.Success<ExpressionSyntax>(new PopulationExpressionSyntax(body.Value.Selector, body.Value.Filter, keyword.Value.Cover(body.Value.Filter?.Span ?? body.Value.Selector.Span)), body.Remainder)
            : Result.Failure<ExpressionSyntax>(body.Remainder, body.Message, body.Expectations);
    };

    private static readonly Parser<ExpressionSyntax> Primary =
        NameOrCall
            .XOr(Tokens.NumberOrDate)
            .XOr(StringLiteral)
            .XOr(Parenthesized)
            .XOr(List)
            .XOr(True)
            .XOr(False)
            .XOr(All)
            .Named(AnExpression);

    // Postfix: member access.
    private static readonly Parser<ExpressionSyntax> Postfix =
        from primary in Primary
        from members in (from dot in Tokens.Symbol(".", AnOperator)
                         from member in Tokens.FieldName.Named(new Expectation("a field name after '.'"))
                         select member).XMany()
        select members.Aggregate(primary, (target, member) => new MemberAccessExpressionSyntax(target, member, target.Span.Cover(member.Span)));

    private static readonly Parser<ExpressionSyntax> Unary =
        (from minus in Tokens.Symbol("-")
         from operand in Parse.Ref(() => Unary).Nested()
         select (ExpressionSyntax)new UnaryExpressionSyntax(UnaryOperator.Negate, operand, minus.Cover(operand.Span)))
        .XOr(Postfix);

    private static readonly Parser<BinaryOperator> MultiplicativeOperator =
        Tokens.Symbol("*").Return(BinaryOperator.Multiply)
            .XOr(Tokens.Symbol("/").Return(BinaryOperator.Divide))
            .Named(AnOperator);

    private static readonly Parser<BinaryOperator> AdditiveOperator =
        Tokens.Symbol("+").Return(BinaryOperator.Add)
            .XOr(Tokens.Symbol("-").Return(BinaryOperator.Subtract))
            .Named(AnOperator);

    private static readonly Parser<ExpressionSyntax> Multiplicative = GrammarCombinators.LeftChain(Unary, MultiplicativeOperator);

    private static readonly Parser<ExpressionSyntax> Additive = GrammarCombinators.LeftChain(Multiplicative, AdditiveOperator);

    private static readonly Parser<ExpressionSyntax> Operand = Additive.Named(AnExpression);

    private static readonly Parser<BinaryOperator> ComparisonOperator =
        Tokens.Symbol("==").Return(BinaryOperator.Equal)
            .XOr(Tokens.Symbol("!=").Return(BinaryOperator.NotEqual))
            .XOr(Tokens.Symbol("<=").Return(BinaryOperator.LessOrEqual))
            .XOr(Tokens.Symbol("<").Return(BinaryOperator.Less))
            .XOr(Tokens.Symbol(">=").Return(BinaryOperator.GreaterOrEqual))
            .XOr(Tokens.Symbol(">").Return(BinaryOperator.Greater));

    /// <summary>What may follow the left operand of a comparison; applied to that operand.</summary>
    private static readonly Parser<Func<ExpressionSyntax, ExpressionSyntax>> ComparisonTail =
        (from op in ComparisonOperator
         from right in Operand
         select (Func<ExpressionSyntax, ExpressionSyntax>)(left => new BinaryExpressionSyntax(left, op, right, left.Span.Cover(right.Span))))
        .XOr(from keyword in Tokens.Keyword("in")
             from collection in Operand
             select (Func<ExpressionSyntax, ExpressionSyntax>)(value => new InExpressionSyntax(value, collection, false, value.Span.Cover(collection.Span))))
        .XOr(from notKeyword in Tokens.Keyword("not")
             from keyword in Tokens.Keyword("in")
             from collection in Operand
             select (Func<ExpressionSyntax, ExpressionSyntax>)(value => new InExpressionSyntax(value, collection, true, value.Span.Cover(collection.Span))))
        .XOr(from keyword in Tokens.Keyword("between")
             from lower in Operand
             from andKeyword in Tokens.Keyword("and", new Expectation("'and' between the bounds of 'between'", "and"))
             from upper in Operand
             select (Func<ExpressionSyntax, ExpressionSyntax>)(value => new BetweenExpressionSyntax(value, lower, upper, value.Span.Cover(upper.Span))))
        .Named(AnOperator);

    /// <summary>Fails, with a sentence saying why, when a comparison is followed by another one (<c>a &lt; b &lt; c</c>).</summary>
    private static readonly Parser<SourceSpan> NotChained = i =>
    {
        var input = (SourceInput)i;
        var context = input.Context;
        var source = context.Source;
        var position = input.Position;
        var length = CharFacts.PunctuationLength(source, position, context.Limit);
        var word = TokenDescriber.WordAt(context, position);
        var symbol = length > 0 ? source.Substring(position, length) : string.Empty;
        var chained = symbol is "==" or "!=" or "<" or "<=" or ">" or ">="
            || word is "in" or "between"
            || (word == "not" && TokenDescriber.WordAt(context, Tokens.SkipTrivia(context, position + 3)) == "in");
        if (!chained)
        {
            return Result.Success(default(SourceSpan), input);
        }

        var found = TokenDescriber.Describe(context, position);
        var message = $"comparisons do not chain: {found} cannot follow a comparison; join comparisons with 'and' (a < b and b < c) or use parentheses";
        context.Failures.Fail(position, message);
        return Result.Failure<SourceSpan>(input, message, []);
    };

    private static readonly Parser<ExpressionSyntax> Comparison =
        from left in Additive
        from tail in ComparisonTail.XOptional()
        from end in NotChained
        select tail.IsDefined ? tail.Get()(left) : left;

    private static readonly Parser<ExpressionSyntax> Not =
        (from keyword in Tokens.Keyword("not")
         from operand in Parse.Ref(() => Not).Nested()
         select (ExpressionSyntax)new UnaryExpressionSyntax(UnaryOperator.Not, operand, keyword.Cover(operand.Span)))
        .XOr(Comparison);

    private static readonly Parser<ExpressionSyntax> And =
        GrammarCombinators.LeftChain(Not, Tokens.Keyword("and", AnOperator).Return(BinaryOperator.And));

    private static readonly Parser<ExpressionSyntax> OrLevel =
        GrammarCombinators.LeftChain(And, Tokens.Keyword("or", AnOperator).Return(BinaryOperator.Or));

    private static IResult<ExpressionSyntax> CallOrName(IdentifierSyntax name, SourceInput rest)
    {
        if (!Tokens.IsAt(rest, "("))
        {
            return Result.Success<ExpressionSyntax>(new NameExpressionSyntax(name, name.Span), rest);
        }

        var arguments = Arguments(rest);
        return arguments.WasSuccessful
            ? Result.Success<ExpressionSyntax>(new CallExpressionSyntax(name, arguments.Value.Items, name.Span.Cover(arguments.Value.Close)), arguments.Remainder)
            : Result.Failure<ExpressionSyntax>(arguments.Remainder, arguments.Message, arguments.Expectations);
    }
}
