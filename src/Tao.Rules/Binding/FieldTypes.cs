using Tao.Rules.Schema;
using Tao.Rules.Units;

namespace Tao.Rules.Binding;

/// <summary>Maps the value types of a schema (§5) to the types of the language.</summary>
public static class FieldTypes
{
    public static RuleType ToRuleType(string kind, FieldSchema field) => field.Type switch
    {
        FieldType.String => RuleType.String,
        FieldType.Int => RuleType.Number(field.Unit, isInteger: true),
        FieldType.Number => RuleType.Number(field.Unit),
        FieldType.Bool => RuleType.Bool,
        FieldType.Date => RuleType.Date,
        FieldType.Enum => RuleType.Enum(kind + "." + field.Name, field.EnumValues),
        _ => RuleType.List(ElementType(field.ElementType ?? FieldType.String, field.Unit)),
    };

    private static RuleType ElementType(FieldType type, Unit unit) => type switch
    {
        FieldType.Int => RuleType.Number(unit, isInteger: true),
        FieldType.Number => RuleType.Number(unit),
        FieldType.Bool => RuleType.Bool,
        FieldType.Date => RuleType.Date,
        _ => RuleType.String,
    };
}
