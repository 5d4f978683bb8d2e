using Tao.Rules.Units;

namespace Tao.Rules.Binding;

/// <summary>
/// The static type of a bound expression. Numbers carry a <see cref="Units.Unit"/>: at run time every number is held in
/// the base unit of its dimension (<c>95 %</c> is 0.95, <c>2 weeks</c> is 14 days), so the unit here only says what the
/// dimension is and how to display the value; a duration is a number whose unit has the day or month dimension.
/// </summary>
public sealed class RuleType
{
    private static readonly IReadOnlyList<string> NoValues = [];

    private RuleType(TypeKind kind, Unit unit, bool isInteger, RuleType? elementType, IReadOnlyList<string> enumValues, string? name)
    {
        Kind = kind;
        Unit = unit;
        IsInteger = isInteger;
        ElementType = elementType;
        EnumValues = enumValues;
        Name = name;
    }

    public static RuleType Error { get; } = new(TypeKind.Error, Unit.None, false, null, NoValues, null);

    public static RuleType Bool { get; } = new(TypeKind.Bool, Unit.None, false, null, NoValues, null);

    public static RuleType String { get; } = new(TypeKind.String, Unit.None, false, null, NoValues, null);

    public static RuleType Date { get; } = new(TypeKind.Date, Unit.None, false, null, NoValues, null);

    public static RuleType Nothing { get; } = new(TypeKind.Nothing, Unit.None, false, null, NoValues, null);

    /// <summary>A plain number without a unit.</summary>
    public static RuleType PlainNumber { get; } = new(TypeKind.Number, Unit.None, false, null, NoValues, null);

    /// <summary>A whole number without a unit (counts, ranks, int fields).</summary>
    public static RuleType Integer { get; } = new(TypeKind.Number, Unit.None, true, null, NoValues, null);

    public TypeKind Kind { get; }

    /// <summary>The unit of a number (display unit; the value itself is in base units). <see cref="Unit.None"/> otherwise.</summary>
    public Unit Unit { get; }

    /// <summary>The number is known to be whole (int fields, counts, integer literals). Informational only.</summary>
    public bool IsInteger { get; }

    /// <summary>The element type of a list.</summary>
    public RuleType? ElementType { get; }

    /// <summary>The allowed values of an enum, in schema order.</summary>
    public IReadOnlyList<string> EnumValues { get; }

    /// <summary>The name of an enum (<c>asset.asset_type</c>) or of an entity kind.</summary>
    public string? Name { get; }

    public bool IsError => Kind == TypeKind.Error;

    public bool IsNumber => Kind == TypeKind.Number;

    /// <summary>A number whose unit has the day or month dimension: what a date can be moved by.</summary>
    public bool IsDuration => Kind == TypeKind.Number && UnitFacts.IsDuration(Unit);

    public static RuleType Number(Unit unit, bool isInteger = false) =>
        unit.IsNone ? (isInteger ? Integer : PlainNumber) : new(TypeKind.Number, unit, isInteger, null, NoValues, null);

    public static RuleType List(RuleType elementType) => new(TypeKind.List, Unit.None, false, elementType, NoValues, null);

    public static RuleType Enum(string name, IReadOnlyList<string> values) => new(TypeKind.Enum, Unit.None, false, null, values, name);

    public static RuleType Entity(string kind) => new(TypeKind.Entity, Unit.None, false, null, NoValues, kind);

    /// <summary>How messages name the type: <c>Number</c>, <c>Date</c>, <c>List of String</c>, <c>enum asset.asset_type</c>.</summary>
    public string DisplayName => Kind switch
    {
        TypeKind.Error => "an erroneous value",
        TypeKind.Enum => $"enum {Name}",
        TypeKind.List => $"List of {ElementType!.DisplayName}",
        TypeKind.Entity => $"the entity kind '{Name}'",
        TypeKind.Nothing => "nothing",
        _ => Kind.ToString(),
    };

    public override string ToString() =>
        Kind == TypeKind.Number && !Unit.IsNone ? $"Number ({Unit.Symbol})" : DisplayName;
}
