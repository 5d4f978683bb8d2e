using System.Globalization;
using System.Text;
using Tao.Rules.Syntax;

namespace Tao.Rules.Tests.Formatting;

/// <summary>
/// A span-free S-expression of a tree that also drops parentheses, so that a generated tree (which has parentheses only
/// where it chose to) can be compared with the tree parsed back from its formatted text (which has them wherever the
/// formatter needed them).
/// </summary>
internal static class TreeShape
{
    public static string Of(CompilationUnitSyntax unit)
    {
        var builder = new StringBuilder();
        if (unit.Package is { } package)
        {
            builder.Append("(package ").Append(package.Name.Name);
            foreach (var clause in package.Clauses.OrderBy(Rank))
            {
                builder.Append(' ');
                Clause(builder, clause);
            }

            builder.Append(")\n");
        }

        foreach (var member in unit.Members)
        {
            Member(builder, member);
            builder.Append('\n');
        }

        return builder.ToString();
    }

    public static string Of(ExpressionSyntax expression)
    {
        var builder = new StringBuilder();
        Expression(builder, expression);
        return builder.ToString();
    }

    // Clause order is the formatter's business; the shape compares clauses in a fixed order.
    private static string Rank(ClauseSyntax clause) => clause.GetType().Name;

    private static void Member(StringBuilder builder, MemberDeclarationSyntax member)
    {
        switch (member)
        {
            case ParamDeclarationSyntax param:
                builder.Append("(param ").Append(param.Name.Name).Append(' ');
                Expression(builder, param.Value);
                builder.Append(')');
                break;
            case LetDeclarationSyntax let:
                builder.Append("(let ").Append(let.Name.Name).Append(' ');
                Expression(builder, let.Value);
                builder.Append(')');
                break;
            case RuleDeclarationSyntax rule:
                builder.Append("(rule ").Append(rule.Id.Id).Append(' ').Append(rule.Title is null ? "-" : Quote(rule.Title.Value));
                foreach (var clause in rule.Clauses.OrderBy(Rank))
                {
                    builder.Append(' ');
                    Clause(builder, clause);
                }

                builder.Append(')');
                break;
            case TestDeclarationSyntax test:
                builder.Append("(test ").Append(Quote(test.Name.Value));
                foreach (var given in test.Givens)
                {
                    builder.Append(" (given ").Append(given.Kind.Name);
                    foreach (var field in given.Fields)
                    {
                        builder.Append(" (").Append(field.Name.Name).Append(' ');
                        Expression(builder, field.Value);
                        builder.Append(')');
                    }

                    builder.Append(')');
                }

                if (test.AsOf is { } asOf)
                {
                    builder.Append(" (as-of ").Append(Date(asOf.Value)).Append(')');
                }

                foreach (var expectation in test.Expectations)
                {
                    builder.Append(expectation switch
                    {
                        ExpectOutcomeSyntax o => $" (expect {o.Rule.Id} {o.Outcome}",
                        ExpectVerdictSyntax v => $" (expect-verdict {v.Verdict}",
                        _ => " (?",
                    });
                    builder.Append(expectation.Entity is null ? ")" : " for " + Quote(expectation.Entity.Value) + ")");
                }

                builder.Append(')');
                break;
        }
    }

    private static void Clause(StringBuilder builder, ClauseSyntax clause)
    {
        builder.Append('(').Append(clause.Keyword).Append(' ');
        switch (clause)
        {
            case TitleClauseSyntax c: builder.Append(Quote(c.Title.Value)); break;
            case AppliesToClauseSyntax c: builder.Append(c.Kind.Name); break;
            case JurisdictionClauseSyntax c: builder.Append(c.Code.Name); break;
            case VersionClauseSyntax c: builder.Append(Quote(c.Version.Value)); break;
            case EffectiveClauseSyntax c: builder.Append(Date(c.From.Value)).Append(c.Until is null ? string.Empty : " " + Date(c.Until.Value)); break;
            case SeverityClauseSyntax c: builder.Append(c.Severity); break;
            case CiteClauseSyntax c: builder.Append(Quote(c.Citation.Value)); break;
            case TagsClauseSyntax c: builder.Append(string.Join(" ", c.Tags.Select(t => Quote(t.Value)))); break;
            case WhenClauseSyntax c: Expression(builder, c.Condition); break;
            case RequireClauseSyntax c: Expression(builder, c.Condition); break;
            case BecauseClauseSyntax c: Interpolation(builder, c.Text); break;
            case RemedyClauseSyntax c: Interpolation(builder, c.Text); break;
        }

        builder.Append(')');
    }

    private static void Interpolation(StringBuilder builder, InterpolatedStringSyntax text)
    {
        // Adjacent literal parts are one text however a parser chooses to split them (at "{{", say).
        var pending = new StringBuilder();
        foreach (var part in text.Parts)
        {
            if (part is InterpolationTextSyntax literal)
            {
                pending.Append(literal.Text);
            }
            else if (part is InterpolationHoleSyntax hole)
            {
                Flush(builder, pending);
                builder.Append('{');
                Expression(builder, hole.Expression);
                builder.Append('}');
            }
        }

        Flush(builder, pending);
    }

    private static void Flush(StringBuilder builder, StringBuilder pending)
    {
        if (pending.Length > 0)
        {
            builder.Append(Quote(pending.ToString()));
            pending.Clear();
        }
    }

    private static void Expression(StringBuilder builder, ExpressionSyntax expression)
    {
        switch (expression)
        {
            case ParenthesizedExpressionSyntax p:
                Expression(builder, p.Expression);
                return;
            case NumberLiteralSyntax n:
                builder.Append(n.Value.ToString("R", CultureInfo.InvariantCulture)).Append('`').Append(n.Text);
                if (n.Unit is not null)
                {
                    builder.Append('[').Append(n.Unit.Text).Append(']');
                }

                return;
            case StringLiteralSyntax s: builder.Append(Quote(s.Value)); return;
            case BooleanLiteralSyntax b: builder.Append(b.Value ? "#t" : "#f"); return;
            case DateLiteralSyntax d: builder.Append(Date(d.Value)); return;
            case NameExpressionSyntax n: builder.Append(n.Identifier.Name); return;
        }

        builder.Append('(');
        switch (expression)
        {
            case ListExpressionSyntax l: builder.Append("list"); Each(builder, l.Elements); break;
            case MemberAccessExpressionSyntax m: builder.Append(". "); Expression(builder, m.Target); builder.Append(' ').Append(m.Member.Name); break;
            case CallExpressionSyntax c: builder.Append("call ").Append(c.Function.Name); Each(builder, c.Arguments); break;
            case LambdaExpressionSyntax l: builder.Append("=> ").Append(l.Parameter.Name).Append(' '); Expression(builder, l.Body); break;
            case UnaryExpressionSyntax u: builder.Append(OperatorFacts.Text(u.Operator)).Append(' '); Expression(builder, u.Operand); break;
            case BinaryExpressionSyntax b: builder.Append(OperatorFacts.Text(b.Operator)); Each(builder, [b.Left, b.Right]); break;
            case InExpressionSyntax i: builder.Append(i.Negated ? "not-in" : "in"); Each(builder, [i.Value, i.Collection]); break;
            case BetweenExpressionSyntax b: builder.Append("between"); Each(builder, [b.Value, b.Lower, b.Upper]); break;
            case PopulationExpressionSyntax p:
                builder.Append("all");
                Each(builder, p.Filter is null ? [p.Selector] : [p.Selector, p.Filter]);
                break;
            default: builder.Append(expression.GetType().Name); break;
        }

        builder.Append(')');
    }

    private static void Each(StringBuilder builder, IEnumerable<ExpressionSyntax> expressions)
    {
        foreach (var e in expressions)
        {
            builder.Append(' ');
            Expression(builder, e);
        }
    }

    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\t", "\\t").Replace("\r", "\\r") + "\"";

    private static string Date(DateTime value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
