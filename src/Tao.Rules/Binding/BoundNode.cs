using Tao.Rules.Syntax;

namespace Tao.Rules.Binding;

/// <summary>
/// Base of the bound tree. Bound nodes are immutable, compare by reference (so they can key dictionaries), and keep
/// the syntax they were bound from, for spans and explanations.
/// </summary>
public abstract class BoundNode(SyntaxNode syntax)
{
    public SyntaxNode Syntax { get; } = syntax;
}
