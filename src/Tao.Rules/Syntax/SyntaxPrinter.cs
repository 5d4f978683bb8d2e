using System.Globalization;
using System.Text;

namespace Tao.Rules.Syntax;

/// <summary>
/// Prints a syntax tree as a span-free S-expression, such as
/// <c>(binary &gt;= (member (name asset) domestic_handler_count) (name min_handlers))</c>. Two trees that print the
/// same are the same program: tests and the formatter's round trip compare trees this way. Comments are left out.
/// </summary>
public static class SyntaxPrinter
{
    public static string Print(SyntaxNode node)
    {
        var builder = new StringBuilder();
        Write(builder, node);
        return builder.ToString();
    }

    private static void Write(StringBuilder b, SyntaxNode? node)
    {
        switch (node)
        {
            case null:
                b.Append("()");
                break;
            case CompilationUnitSyntax unit:
                b.Append("(unit");
                if (unit.Package is not null)
                {
                    b.Append("\n  ");
                    Write(b, unit.Package);
                }

                foreach (var member in unit.Members)
                {
                    b.Append("\n  ");
                    Write(b, member);
                }

                b.Append(')');
                break;
            case PackageDeclarationSyntax package:
                Open(b, "package").Append(package.Name.Name);
                Children(b, package.Clauses);
                b.Append(')');
                break;
            case ParamDeclarationSyntax param:
                Open(b, "param").Append(param.Name.Name).Append(' ');
                Write(b, param.Value);
                b.Append(')');
                break;
            case LetDeclarationSyntax let:
                Open(b, "let").Append(let.Name.Name).Append(' ');
                Write(b, let.Value);
                b.Append(')');
                break;
            case RuleDeclarationSyntax rule:
                Open(b, "rule").Append(rule.Id.Id);
                if (rule.Title is not null)
                {
                    b.Append(' ');
                    Write(b, rule.Title);
                }

                Children(b, rule.Clauses);
                b.Append(')');
                break;
            case TestDeclarationSyntax test:
                Open(b, "test");
                Write(b, test.Name);
                Children(b, test.Givens);
                if (test.AsOf is not null)
                {
                    b.Append(" (as-of ");
                    Write(b, test.AsOf);
                    b.Append(')');
                }

                Children(b, test.Expectations);
                b.Append(')');
                break;
            case GivenSyntax given:
                Open(b, "given").Append(given.Kind.Name);
                Children(b, given.Fields);
                b.Append(')');
                break;
            case FieldInitializerSyntax field:
                Open(b, "field").Append(field.Name.Name).Append(' ');
                Write(b, field.Value);
                b.Append(')');
                break;
            case ExpectOutcomeSyntax expect:
                Open(b, "expect").Append(expect.Rule.Id).Append(' ').Append(Keywords.Of(expect.Outcome));
                ForEntity(b, expect.Entity);
                b.Append(')');
                break;
            case ExpectVerdictSyntax expect:
                Open(b, "expect-verdict").Append(Keywords.Of(expect.Verdict));
                ForEntity(b, expect.Entity);
                b.Append(')');
                break;
            case ClauseSyntax clause:
                WriteClause(b, clause);
                break;
            case ExpressionSyntax expression:
                WriteExpression(b, expression);
                break;
            case InterpolatedStringSyntax text:
                b.Append("(interpolated");
                Children(b, text.Parts);
                b.Append(')');
                break;
            case InterpolationTextSyntax text:
                b.Append("(text ");
                Quote(b, text.Text);
                b.Append(')');
                break;
            case InterpolationHoleSyntax hole:
                Open(b, "hole");
                Write(b, hole.Expression);
                b.Append(')');
                break;
            case IdentifierSyntax identifier:
                b.Append(identifier.Name);
                break;
            case RuleIdSyntax id:
                b.Append(id.Id);
                break;
            case QualifiedNameSyntax name:
                b.Append(name.Name);
                break;
            case UnitSyntax unit:
                b.Append(unit.Text);
                break;
            case CommentSyntax comment:
                b.Append("(comment ");
                Quote(b, comment.Text);
                b.Append(')');
                break;
            default:
                throw new NotSupportedException($"SyntaxPrinter does not know {node.GetType().Name}.");
        }
    }

    private static void WriteClause(StringBuilder b, ClauseSyntax clause)
    {
        switch (clause)
        {
            case TitleClauseSyntax title:
                Open(b, "title");
                Write(b, title.Title);
                break;
            case AppliesToClauseSyntax applies:
                Open(b, "applies-to").Append(applies.Kind.Name);
                break;
            case JurisdictionClauseSyntax jurisdiction:
                Open(b, "jurisdiction").Append(jurisdiction.Code.Name);
                break;
            case VersionClauseSyntax version:
                Open(b, "version");
                Write(b, version.Version);
                break;
            case EffectiveClauseSyntax effective:
                Open(b, "effective");
                Write(b, effective.From);
                if (effective.Until is not null)
                {
                    b.Append(" (until ");
                    Write(b, effective.Until);
                    b.Append(')');
                }

                break;
            case SeverityClauseSyntax severity:
                Open(b, "severity").Append(Keywords.Of(severity.Severity));
                break;
            case CiteClauseSyntax cite:
                Open(b, "cite");
                Write(b, cite.Citation);
                break;
            case TagsClauseSyntax tags:
                b.Append("(tags");
                Children(b, tags.Tags);
                break;
            case WhenClauseSyntax whenClause:
                Open(b, "when");
                Write(b, whenClause.Condition);
                break;
            case RequireClauseSyntax require:
                Open(b, "require");
                Write(b, require.Condition);
                break;
            case BecauseClauseSyntax because:
                Open(b, "because");
                Write(b, because.Text);
                break;
            case RemedyClauseSyntax remedy:
                Open(b, "remedy");
                Write(b, remedy.Text);
                break;
            default:
                throw new NotSupportedException($"SyntaxPrinter does not know {clause.GetType().Name}.");
        }

        b.Append(')');
    }

    private static void WriteExpression(StringBuilder b, ExpressionSyntax expression)
    {
        switch (expression)
        {
            case NumberLiteralSyntax number:
                Open(b, "number").Append(number.Value.ToString("R", CultureInfo.InvariantCulture));
                if (number.Unit is not null)
                {
                    b.Append(' ').Append(number.Unit.Text);
                }

                b.Append(')');
                break;
            case StringLiteralSyntax text:
                Quote(b, text.Value);
                break;
            case BooleanLiteralSyntax boolean:
                b.Append(boolean.Value ? "true" : "false");
                break;
            case DateLiteralSyntax date:
                b.Append(date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case ListExpressionSyntax list:
                b.Append("(list");
                Children(b, list.Elements);
                b.Append(')');
                break;
            case NameExpressionSyntax name:
                Open(b, "name").Append(name.Identifier.Name).Append(')');
                break;
            case MemberAccessExpressionSyntax or BinaryExpressionSyntax:
                WriteLeftSpine(b, expression);
                break;
            case CallExpressionSyntax call:
                Open(b, "call").Append(call.Function.Name);
                Children(b, call.Arguments);
                b.Append(')');
                break;
            case LambdaExpressionSyntax lambda:
                Open(b, "lambda").Append(lambda.Parameter.Name).Append(' ');
                Write(b, lambda.Body);
                b.Append(')');
                break;
            case UnaryExpressionSyntax unary:
                Open(b, "unary").Append(OperatorFacts.Text(unary.Operator)).Append(' ');
                Write(b, unary.Operand);
                b.Append(')');
                break;
            case InExpressionSyntax @in:
                Open(b, @in.Negated ? "not-in" : "in");
                Write(b, @in.Value);
                b.Append(' ');
                Write(b, @in.Collection);
                b.Append(')');
                break;
            case BetweenExpressionSyntax between:
                Open(b, "between");
                Write(b, between.Value);
                b.Append(' ');
                Write(b, between.Lower);
                b.Append(' ');
                Write(b, between.Upper);
                b.Append(')');
                break;
            case ParenthesizedExpressionSyntax parenthesized:
                Open(b, "paren");
                Write(b, parenthesized.Expression);
                b.Append(')');
                break;
            case PopulationExpressionSyntax population:
                Open(b, "all");
                Write(b, population.Selector);
                if (population.Filter is not null)
                {
                    b.Append(" (where ");
                    Write(b, population.Filter);
                    b.Append(')');
                }

                b.Append(')');
                break;
            default:
                throw new NotSupportedException($"SyntaxPrinter does not know {expression.GetType().Name}.");
        }
    }

    /// <summary>
    /// Operator and member chains (<c>a + b + c</c>, <c>a.b.c</c>) lean left and can be as long as the text, so their
    /// left spine is printed with a loop; only right operands, whose depth the parser bounds, are printed recursively.
    /// </summary>
    private static void WriteLeftSpine(StringBuilder b, ExpressionSyntax expression)
    {
        var spine = new List<ExpressionSyntax>();
        var leaf = expression;
        while (leaf is BinaryExpressionSyntax or MemberAccessExpressionSyntax)
        {
            spine.Add(leaf);
            leaf = leaf is BinaryExpressionSyntax binary ? binary.Left : ((MemberAccessExpressionSyntax)leaf).Target;
        }

        foreach (var node in spine)
        {
            if (node is BinaryExpressionSyntax binary)
            {
                Open(b, "binary").Append(OperatorFacts.Text(binary.Operator)).Append(' ');
            }
            else
            {
                Open(b, "member");
            }
        }

        Write(b, leaf);
        for (var k = spine.Count - 1; k >= 0; k--)
        {
            b.Append(' ');
            if (spine[k] is BinaryExpressionSyntax binary)
            {
                Write(b, binary.Right);
            }
            else
            {
                b.Append(((MemberAccessExpressionSyntax)spine[k]).Member.Name);
            }

            b.Append(')');
        }
    }

    private static StringBuilder Open(StringBuilder b, string head) => b.Append('(').Append(head).Append(' ');

    private static void Children<T>(StringBuilder b, IEnumerable<T> nodes)
        where T : SyntaxNode
    {
        foreach (var node in nodes)
        {
            b.Append(' ');
            Write(b, node);
        }
    }

    private static void ForEntity(StringBuilder b, StringLiteralSyntax? entity)
    {
        if (entity is not null)
        {
            b.Append(" (for ");
            Write(b, entity);
            b.Append(')');
        }
    }

    private static void Quote(StringBuilder b, string text)
    {
        b.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    b.Append("\\\"");
                    break;
                case '\\':
                    b.Append("\\\\");
                    break;
                case '\n':
                    b.Append("\\n");
                    break;
                case '\t':
                    b.Append("\\t");
                    break;
                default:
                    b.Append(c);
                    break;
            }
        }

        b.Append('"');
    }
}
