namespace Tao.Rules.Binding;

/// <summary>Which types mix: comparisons, list elements, operands.</summary>
internal static class TypeFacts
{
    /// <summary>
    /// The same kind of value, ignoring units: numbers with numbers, enums with strings and with enums of the same
    /// values, lists with lists of the same kind; <see cref="TypeKind.Nothing"/> goes with anything.
    /// </summary>
    public static bool AreSameKind(RuleType left, RuleType right)
    {
        if (left.Kind == TypeKind.Nothing || right.Kind == TypeKind.Nothing)
        {
            return true;
        }

        if (IsText(left) && IsText(right))
        {
            return left.Kind != TypeKind.Enum || right.Kind != TypeKind.Enum || left.EnumValues.SequenceEqual(right.EnumValues, StringComparer.Ordinal);
        }

        if (left.Kind == TypeKind.List && right.Kind == TypeKind.List)
        {
            return AreSameKind(left.ElementType!, right.ElementType!);
        }

        return left.Kind == right.Kind && left.Kind != TypeKind.Entity;
    }

    public static bool IsText(RuleType type) => type.Kind is TypeKind.String or TypeKind.Enum;

    /// <summary>What the evaluator compares: enum values compare as strings.</summary>
    public static TypeKind OperandKind(RuleType type) => type.Kind == TypeKind.Enum ? TypeKind.String : type.Kind;
}
