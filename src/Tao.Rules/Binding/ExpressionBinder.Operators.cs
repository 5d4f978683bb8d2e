using Tao.Rules.Diagnostics;
using Tao.Rules.Syntax;

namespace Tao.Rules.Binding;

internal sealed partial class ExpressionBinder
{
    private BoundExpression BindUnary(UnaryExpressionSyntax syntax)
    {
        var operand = Bind(syntax.Operand);
        if (operand.Type.IsError)
        {
            return new BoundErrorExpression(syntax);
        }

        if (syntax.Operator == UnaryOperator.Not)
        {
            if (operand.Type.Kind != TypeKind.Bool)
            {
                Context.Report(DiagnosticCatalog.TypeMismatch, syntax.Span, $"'not' needs a Bool, but its operand is {operand.Type.DisplayName}");
                return new BoundErrorExpression(syntax);
            }

            return new BoundUnaryExpression(syntax, RuleType.Bool, BoundUnaryOperatorKind.Not, operand);
        }

        if (!operand.Type.IsNumber)
        {
            Context.Report(DiagnosticCatalog.TypeMismatch, syntax.Span, $"'-' needs a Number, but its operand is {operand.Type.DisplayName}");
            return new BoundErrorExpression(syntax);
        }

        return new BoundUnaryExpression(syntax, operand.Type, BoundUnaryOperatorKind.Negate, operand);
    }

    private BoundExpression BindBinary(BinaryExpressionSyntax syntax)
    {
        var left = Bind(syntax.Left);
        var right = Bind(syntax.Right);
        if (left.Type.IsError || right.Type.IsError)
        {
            return new BoundErrorExpression(syntax);
        }

        return syntax.Operator switch
        {
            BinaryOperator.And => BindLogical(syntax, left, right, BoundBinaryOperatorKind.And),
            BinaryOperator.Or => BindLogical(syntax, left, right, BoundBinaryOperatorKind.Or),
            BinaryOperator.Add or BinaryOperator.Subtract => BindAdditive(syntax, left, right),
            BinaryOperator.Multiply or BinaryOperator.Divide => BindMultiplicative(syntax, left, right),
            _ => BindComparison(syntax, left, right),
        };
    }

    private BoundExpression BindLogical(BinaryExpressionSyntax syntax, BoundExpression left, BoundExpression right, BoundBinaryOperatorKind kind)
    {
        var word = OperatorFacts.Text(syntax.Operator);
        foreach (var operand in new[] { left, right })
        {
            if (operand.Type.Kind != TypeKind.Bool)
            {
                Context.Report(DiagnosticCatalog.TypeMismatch, operand.Syntax.Span, $"'{word}' needs Bool operands, but this is {operand.Type.DisplayName}");
                return new BoundErrorExpression(syntax);
            }
        }

        return new BoundBinaryExpression(syntax, RuleType.Bool, left, kind, right, TypeKind.Bool);
    }

    private BoundExpression BindAdditive(BinaryExpressionSyntax syntax, BoundExpression left, BoundExpression right)
    {
        var add = syntax.Operator == BinaryOperator.Add;
        var (l, r) = (left.Type, right.Type);
        if (l.IsNumber && r.IsNumber)
        {
            if (!UnitFacts.AreCompatible(l.Unit, r.Unit))
            {
                var message = add
                    ? $"cannot add {UnitFacts.Describe(r.Unit)} to {UnitFacts.Describe(l.Unit)}"
                    : $"cannot subtract {UnitFacts.Describe(r.Unit)} from {UnitFacts.Describe(l.Unit)}";
                Context.Report(DiagnosticCatalog.UnitMismatch, syntax.Span, message);
                return new BoundErrorExpression(syntax);
            }

            var type = RuleType.Number(l.Unit.IsNone ? r.Unit : l.Unit, l.IsInteger && r.IsInteger);
            return new BoundBinaryExpression(syntax, type, left, add ? BoundBinaryOperatorKind.Add : BoundBinaryOperatorKind.Subtract, right, TypeKind.Number);
        }

        // Date ± duration; a duration may also come first in a sum (6 months + d).
        if (add && l.IsNumber && r.Kind == TypeKind.Date)
        {
            (left, right, l, r) = (right, left, r, l);
        }

        if (l.Kind == TypeKind.Date && r.IsNumber)
        {
            if (!r.IsDuration)
            {
                var verb = add ? $"add {UnitFacts.Describe(r.Unit)} to a Date" : $"subtract {UnitFacts.Describe(r.Unit)} from a Date";
                Context.Report(DiagnosticCatalog.UnitMismatch, syntax.Span, $"cannot {verb}; a date moves by days, weeks, months or years");
                return new BoundErrorExpression(syntax);
            }

            var days = UnitFacts.IsDayDuration(r.Unit);
            var kind = (add, days) switch
            {
                (true, true) => BoundBinaryOperatorKind.AddDays,
                (true, false) => BoundBinaryOperatorKind.AddMonths,
                (false, true) => BoundBinaryOperatorKind.SubtractDays,
                _ => BoundBinaryOperatorKind.SubtractMonths,
            };
            return new BoundBinaryExpression(syntax, RuleType.Date, left, kind, right, TypeKind.Date);
        }

        if (!add && l.Kind == TypeKind.Date && r.Kind == TypeKind.Date)
        {
            return new BoundBinaryExpression(syntax, RuleType.Number(UnitFacts.DayUnit, isInteger: true), left, BoundBinaryOperatorKind.DaysBetween, right, TypeKind.Date);
        }

        var text = add ? $"cannot add {r.DisplayName} to {l.DisplayName}" : $"cannot subtract {r.DisplayName} from {l.DisplayName}";
        Context.Report(DiagnosticCatalog.TypeMismatch, syntax.Span, text);
        return new BoundErrorExpression(syntax);
    }

    private BoundExpression BindMultiplicative(BinaryExpressionSyntax syntax, BoundExpression left, BoundExpression right)
    {
        var divide = syntax.Operator == BinaryOperator.Divide;
        if (!left.Type.IsNumber || !right.Type.IsNumber)
        {
            var text = divide ? $"cannot divide {left.Type.DisplayName} by {right.Type.DisplayName}" : $"cannot multiply {left.Type.DisplayName} by {right.Type.DisplayName}";
            Context.Report(DiagnosticCatalog.TypeMismatch, syntax.Span, text);
            return new BoundErrorExpression(syntax);
        }

        var unit = UnitFacts.Combine(left.Type.Unit, right.Type.Unit, divide);
        var type = RuleType.Number(unit, !divide && left.Type.IsInteger && right.Type.IsInteger);
        return new BoundBinaryExpression(syntax, type, left, divide ? BoundBinaryOperatorKind.Divide : BoundBinaryOperatorKind.Multiply, right, TypeKind.Number);
    }

    private BoundExpression BindComparison(BinaryExpressionSyntax syntax, BoundExpression left, BoundExpression right)
    {
        var ordering = syntax.Operator is not (BinaryOperator.Equal or BinaryOperator.NotEqual);
        var operandKind = CheckComparable(syntax, left, right, ordering ? OperatorFacts.Text(syntax.Operator) : null);
        if (operandKind is null)
        {
            return new BoundErrorExpression(syntax);
        }

        var kind = syntax.Operator switch
        {
            BinaryOperator.Equal => BoundBinaryOperatorKind.Equal,
            BinaryOperator.NotEqual => BoundBinaryOperatorKind.NotEqual,
            BinaryOperator.Less => BoundBinaryOperatorKind.Less,
            BinaryOperator.LessOrEqual => BoundBinaryOperatorKind.LessOrEqual,
            BinaryOperator.Greater => BoundBinaryOperatorKind.Greater,
            _ => BoundBinaryOperatorKind.GreaterOrEqual,
        };
        return new BoundBinaryExpression(syntax, RuleType.Bool, left, kind, right, operandKind.Value);
    }

    /// <summary>
    /// Checks that two values can be compared (with <paramref name="orderingOperator"/> when it orders them) and
    /// returns what the evaluator compares, or null after reporting why not.
    /// </summary>
    private TypeKind? CheckComparable(SyntaxNode syntax, BoundExpression left, BoundExpression right, string? orderingOperator)
    {
        var (l, r) = (left.Type, right.Type);
        if (!TypeFacts.AreSameKind(l, r) || l.Kind is TypeKind.List or TypeKind.Entity)
        {
            Context.Report(DiagnosticCatalog.TypeMismatch, syntax.Span, $"cannot compare {l.DisplayName} with {r.DisplayName}");
            return null;
        }

        if (l.IsNumber && !UnitFacts.AreCompatible(l.Unit, r.Unit))
        {
            Context.Report(DiagnosticCatalog.UnitMismatch, syntax.Span, $"cannot compare {UnitFacts.Describe(l.Unit)} with {UnitFacts.Describe(r.Unit)}");
            return null;
        }

        if (orderingOperator is not null && (l.Kind is TypeKind.Bool or TypeKind.Enum || r.Kind == TypeKind.Enum))
        {
            var what = l.Kind == TypeKind.Bool ? "Bool values" : $"values of {(l.Kind == TypeKind.Enum ? l : r).DisplayName}";
            Context.Report(DiagnosticCatalog.TypeMismatch, syntax.Span, $"'{orderingOperator}' cannot order {what}; use == or != (or 'in' for several values)");
            return null;
        }

        if (!CheckEnumLiteral(l, right) || !CheckEnumLiteral(r, left))
        {
            return null;
        }

        return TypeFacts.OperandKind(l.Kind == TypeKind.Nothing ? r : l);
    }

    /// <summary>A string literal compared with an enum must be one of its values (TAO3012).</summary>
    private bool CheckEnumLiteral(RuleType enumType, BoundExpression other)
    {
        if (enumType.Kind != TypeKind.Enum || other is not BoundLiteral { Value: { Kind: TypeKind.String, Text: { } text } })
        {
            return true;
        }

        if (enumType.EnumValues.Contains(text, StringComparer.Ordinal))
        {
            return true;
        }

        Context.Report(
            DiagnosticCatalog.UnknownEnumValue,
            other.Syntax.Span,
            text,
            enumType.Name,
            string.Join(", ", enumType.EnumValues),
            Suggestions.DidYouMean(text, enumType.EnumValues));
        return false;
    }

    private BoundExpression BindIn(InExpressionSyntax syntax)
    {
        var value = Bind(syntax.Value);
        var collection = Bind(syntax.Collection);
        if (value.Type.IsError || collection.Type.IsError)
        {
            return new BoundErrorExpression(syntax);
        }

        if (collection.Type.Kind != TypeKind.List)
        {
            Context.Report(DiagnosticCatalog.TypeMismatch, syntax.Collection.Span, $"'in' needs a list on its right, but this is {collection.Type.DisplayName}");
            return new BoundErrorExpression(syntax);
        }

        var element = collection.Type.ElementType!;
        if (element.Kind == TypeKind.Nothing)
        {
            return new BoundInExpression(syntax, value, collection, syntax.Negated, TypeFacts.OperandKind(value.Type));
        }

        if (!TypeFacts.AreSameKind(value.Type, element) || value.Type.Kind is TypeKind.List or TypeKind.Entity)
        {
            Context.Report(DiagnosticCatalog.TypeMismatch, syntax.Span, $"cannot look for {value.Type.DisplayName} in a {collection.Type.DisplayName}");
            return new BoundErrorExpression(syntax);
        }

        if (value.Type.IsNumber && !UnitFacts.AreCompatible(value.Type.Unit, element.Unit))
        {
            Context.Report(DiagnosticCatalog.UnitMismatch, syntax.Span, $"cannot compare {UnitFacts.Describe(value.Type.Unit)} with {UnitFacts.Describe(element.Unit)}");
            return new BoundErrorExpression(syntax);
        }

        if (value.Type.Kind == TypeKind.Enum && collection is BoundListExpression list)
        {
            var allKnown = true;
            foreach (var item in list.Elements)
            {
                allKnown &= CheckEnumLiteral(value.Type, item);
            }

            if (!allKnown)
            {
                return new BoundErrorExpression(syntax);
            }
        }

        return new BoundInExpression(syntax, value, collection, syntax.Negated, TypeFacts.OperandKind(value.Type));
    }

    private BoundExpression BindBetween(BetweenExpressionSyntax syntax)
    {
        var value = Bind(syntax.Value);
        var lower = Bind(syntax.Lower);
        var upper = Bind(syntax.Upper);
        if (value.Type.IsError || lower.Type.IsError || upper.Type.IsError)
        {
            return new BoundErrorExpression(syntax);
        }

        if (value.Type.Kind is not (TypeKind.Number or TypeKind.Date or TypeKind.String))
        {
            Context.Report(DiagnosticCatalog.TypeMismatch, syntax.Span, $"'between' needs a Number, Date or String, but this is {value.Type.DisplayName}");
            return new BoundErrorExpression(syntax);
        }

        var first = CheckComparable(syntax, value, lower, "between");
        if (first is null || CheckComparable(syntax, value, upper, "between") is null)
        {
            return new BoundErrorExpression(syntax);
        }

        return new BoundBetweenExpression(syntax, value, lower, upper, first.Value);
    }
}
