namespace Tao.Rules.Binding;

/// <summary>The kinds of value a rule expression can have.</summary>
public enum TypeKind
{
    /// <summary>The expression has an error that was already reported; checks on it stay silent (no cascades).</summary>
    Error,
    Bool,

    /// <summary>A number in the base unit of its dimension (see <see cref="RuleType.Unit"/>); ints and reals alike.</summary>
    Number,
    String,

    /// <summary>A calendar date (midnight, unspecified kind).</summary>
    Date,

    /// <summary>A string restricted to the values a schema field declares.</summary>
    Enum,
    List,

    /// <summary>The entity kind itself (<c>subnet</c> in <c>count(all subnet)</c>).</summary>
    Entity,

    /// <summary>The element type of the empty list <c>[]</c>: compatible with every type.</summary>
    Nothing,
}
