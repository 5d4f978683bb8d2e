using Tao.Rules.Text;
using Tao.Rules.Units;

namespace Tao.Rules.Schema;

/// <summary>One field of an entity kind: its type, unit, whether it is required, and what it means.</summary>
public sealed record FieldSchema(
    string Name,
    FieldType Type,
    Unit Unit,
    bool Required,
    string? Description,
    IReadOnlyList<string> EnumValues,
    FieldType? ElementType,
    Location Location)
{
    /// <summary>The unit as the schema wrote it, or null.</summary>
    public string? UnitText => Unit.IsNone ? null : Unit.Symbol;
}
