using Tao.Rules.Diagnostics;
using Tao.Rules.Functions;
using Tao.Rules.Schema;
using Tao.Rules.Syntax;
using Tao.Rules.Text;

namespace Tao.Rules.Binding;

/// <summary>What every expression of one package binds against: the kind, its schema, the declared names.</summary>
internal sealed class BindingContext(string? kindName, EntitySchema? schema, SchemaSet schemas, DiagnosticBag diagnostics, RuleFunctionCatalog? functions = null)
{
    // By reference: FieldSchema is a record, and hashing its members on every field access would cost more than binding.
    private readonly Dictionary<FieldSchema, RuleType> _fieldTypes = new(ReferenceComparer<FieldSchema>.Instance);

    /// <summary>The <c>applies to</c> kind as written, or null when the package has none.</summary>
    public string? KindName { get; } = kindName;

    /// <summary>The kind's schema; null when the kind is missing or unknown.</summary>
    public EntitySchema? Schema { get; } = schema;

    public SchemaSet Schemas { get; } = schemas;

    /// <summary>The C# functions calls may name besides the built-ins.</summary>
    public RuleFunctionCatalog Functions { get; } = functions ?? RuleFunctionCatalog.Empty;

    /// <summary>Params and lets by name (the first declaration of each name).</summary>
    public Dictionary<string, NameDeclaration> Names { get; } = new(StringComparer.Ordinal);

    /// <summary>Bound params by declaration index.</summary>
    public List<BoundParam> Params { get; } = [];

    /// <summary>Bound lets by declaration index (null until bound, and for lets on a cycle).</summary>
    public BoundLet?[] Lets { get; set; } = [];

    public List<BoundPopulationAggregate> Aggregates { get; } = [];

    public bool HasErrors { get; private set; }

    public void Report(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args)
    {
        diagnostics.Add(descriptor, span, args);
        if (descriptor.DefaultSeverity == DiagnosticSeverity.Error)
        {
            HasErrors = true;
        }
    }

    /// <summary>The type of a schema field (one instance per field, so large packs do not allocate per use).</summary>
    public RuleType TypeOf(FieldSchema field)
    {
        if (!_fieldTypes.TryGetValue(field, out var type))
        {
            type = FieldTypes.ToRuleType(KindName ?? string.Empty, field);
            _fieldTypes.Add(field, type);
        }

        return type;
    }
}

/// <summary>Compares by identity (netstandard2.0 has no ReferenceEqualityComparer).</summary>
internal sealed class ReferenceComparer<T> : IEqualityComparer<T>
    where T : class
{
    public static ReferenceComparer<T> Instance { get; } = new();

    public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

    public int GetHashCode(T obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
}

/// <summary>A declared param or let: which one, by declaration index.</summary>
internal readonly record struct NameDeclaration(bool IsParam, int Index, IdentifierSyntax Name);
