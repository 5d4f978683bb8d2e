namespace Tao.Rules.Schema;

/// <summary>The value types a schema field may declare (DESIGN.md §5).</summary>
public enum FieldType
{
    String,
    Int,
    Number,
    Bool,
    Date,
    Enum,
    List,
}
