using System.Globalization;
using System.Text;

namespace Tao.Rules.Binding;

/// <summary>
/// Writes a bound package or expression as indented text with every type and unit, for golden tests, debugging and
/// tools that show what the binder understood. Numbers appear in base units.
/// </summary>
public static class BoundTreePrinter
{
    public static string Print(BoundPackage package)
    {
        var text = new StringBuilder();
        text.Append("package ").Append(package.Name).Append(" applies to ").Append(package.Schema?.Kind ?? "?").Append('\n');
        foreach (var param in package.Params)
        {
            text.Append("param ").Append(param.Name).Append(" : ").Append(param.Type).Append(" = ").Append(param.DefaultValue?.ToString() ?? "?").Append('\n');
        }

        foreach (var let in package.Lets)
        {
            text.Append("let ").Append(let.Name).Append(" (stage ").Append(let.Stage.ToString(CultureInfo.InvariantCulture)).Append(")\n");
            Write(text, let.Expression, 1);
        }

        foreach (var aggregate in package.Aggregates)
        {
            text.Append("aggregate #").Append(aggregate.Index.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(aggregate.Aggregate)
                .Append(" (stage ").Append(aggregate.Stage.ToString(CultureInfo.InvariantCulture)).Append(")\n");
        }

        foreach (var rule in package.Rules)
        {
            text.Append("rule ").Append(rule.Id).Append(' ').Append(Keywords.Of(rule.Severity)).Append('\n');
            WriteClause(text, "when", rule.When);
            WriteClause(text, "require", rule.Require);
            foreach (var part in rule.Because?.Parts ?? [])
            {
                if (part.Hole is not null)
                {
                    WriteClause(text, "because hole", part.Hole);
                }
            }
        }

        foreach (var test in package.Tests)
        {
            text.Append("test \"").Append(test.Name).Append("\"\n");
            foreach (var entity in test.Entities)
            {
                text.Append("  given ").Append(string.Join(", ", entity.Values.Select(v => v.Field.Name + " = " + v.Value))).Append('\n');
            }

            foreach (var expectation in test.Expectations)
            {
                text.Append("  expect ").Append(expectation switch
                {
                    BoundExpectOutcome outcome => outcome.Rule.Id + " " + Keywords.Of(outcome.Outcome),
                    BoundExpectVerdict verdict => "verdict " + Keywords.Of(verdict.Verdict),
                    _ => "?",
                }).Append('\n');
            }
        }

        return text.ToString();
    }

    public static string Print(BoundExpression expression)
    {
        var text = new StringBuilder();
        Write(text, expression, 0);
        return text.ToString();
    }

    private static void WriteClause(StringBuilder text, string clause, BoundExpression? expression)
    {
        if (expression is not null)
        {
            text.Append("  ").Append(clause).Append('\n');
            Write(text, expression, 2);
        }
    }

    private static void Write(StringBuilder text, BoundExpression expression, int indent)
    {
        text.Append(' ', indent * 2).Append(Describe(expression)).Append(" : ").Append(expression.Type).Append('\n');
        foreach (var child in Children(expression))
        {
            Write(text, child, indent + 1);
        }
    }

    private static string Describe(BoundExpression expression) => expression switch
    {
        BoundLiteral literal => "literal " + literal.Value,
        BoundListExpression => "list",
        BoundFieldAccess field => $"field {field.Entity.Kind}.{field.Field.Name}",
        BoundEntityReference entity => "entity " + entity.Entity.Kind,
        BoundParamReference param => "param " + param.Param.Name,
        BoundLetReference let => "let " + let.Let.Name,
        BoundAsOf => "as_of",
        BoundLambdaParameterReference parameter => "lambda parameter " + parameter.Parameter.Name,
        BoundUnaryExpression unary => unary.OperatorKind.ToString(),
        BoundBinaryExpression binary => $"{binary.OperatorKind} ({binary.OperandKind})",
        BoundInExpression @in => (@in.Negated ? "NotIn" : "In") + $" ({@in.OperandKind})",
        BoundBetweenExpression between => $"Between ({between.OperandKind})",
        BoundCallExpression call => "call " + call.Operation,
        BoundRuleFunctionCall function => "function " + function.Function.Name,
        BoundLambdaExpression lambda => $"lambda {lambda.Parameter.Name} : {lambda.Parameter.Type}",
        BoundPopulationAggregate aggregate => $"population {aggregate.Aggregate} #{aggregate.Index.ToString(CultureInfo.InvariantCulture)}",
        _ => "error",
    };

    private static IEnumerable<BoundExpression> Children(BoundExpression expression) => expression switch
    {
        BoundListExpression list => list.Elements,
        BoundUnaryExpression unary => [unary.Operand],
        BoundBinaryExpression binary => [binary.Left, binary.Right],
        BoundInExpression @in => [@in.Value, @in.Collection],
        BoundBetweenExpression between => [between.Value, between.Lower, between.Upper],
        BoundCallExpression call => call.Arguments,
        BoundRuleFunctionCall function => function.Arguments,
        BoundLambdaExpression lambda => [lambda.Body],
        BoundPopulationAggregate aggregate => new[] { aggregate.Selector, aggregate.Filter, ReferenceEquals(aggregate.Value, aggregate.Selector) ? null : aggregate.Value }.OfType<BoundExpression>(),
        _ => [],
    };
}
