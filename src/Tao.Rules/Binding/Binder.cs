using Tao.Rules.Diagnostics;
using Tao.Rules.Schema;
using Tao.Rules.Syntax;

namespace Tao.Rules.Binding;

/// <summary>Binds a parsed rule file against entity schemas: names, types and units (TAO3xxx).</summary>
public static class Binder
{
    /// <summary>
    /// Binds <paramref name="tree"/>. Every mistake is reported to <paramref name="diagnostics"/>, once; the package is
    /// returned even then (with <see cref="BoundPackage.HasErrors"/> set) so later phases can still lint it.
    /// </summary>
    public static BoundPackage Bind(RuleSyntaxTree tree, SchemaSet schemas, DiagnosticBag diagnostics) =>
        new PackageBinder(tree, schemas, diagnostics).Bind();
}
