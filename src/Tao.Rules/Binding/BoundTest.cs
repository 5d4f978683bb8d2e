using Tao.Rules.Schema;
using Tao.Rules.Syntax;

namespace Tao.Rules.Binding;

/// <summary>A <c>test</c> block: its entities, its evaluation date and what it expects.</summary>
public sealed class BoundTest(TestDeclarationSyntax syntax, IReadOnlyList<BoundTestEntity> entities, DateTime? asOf, IReadOnlyList<BoundExpectation> expectations) : BoundNode(syntax)
{
    public new TestDeclarationSyntax Syntax { get; } = syntax;

    public string Name => Syntax.Name.Value;

    public IReadOnlyList<BoundTestEntity> Entities { get; } = entities;

    /// <summary>The <c>as of</c> date, or null (the runner then needs a date from elsewhere).</summary>
    public DateTime? AsOf { get; } = asOf;

    public IReadOnlyList<BoundExpectation> Expectations { get; } = expectations;
}

/// <summary>One <c>given KIND { ... }</c>: field values checked against the schema (numbers in base units).</summary>
public sealed class BoundTestEntity(GivenSyntax syntax, EntitySchema? schema, IReadOnlyList<BoundFieldValue> values) : BoundNode(syntax)
{
    public new GivenSyntax Syntax { get; } = syntax;

    /// <summary>The pack's schema; null when the kind is unknown.</summary>
    public EntitySchema? Schema { get; } = schema;

    /// <summary>The values that bound without error, in the order written.</summary>
    public IReadOnlyList<BoundFieldValue> Values { get; } = values;

    /// <summary>The value of the key field (<c>symbol: "XMR"</c>, <c>netuid: 3</c>) as text, if given.</summary>
    public string? Key => Schema is null
        ? null
        : Values.FirstOrDefault(v => string.Equals(v.Field.Name, Schema.Key, StringComparison.Ordinal))?.Value is { } key
            ? key.Text ?? key.ToString()
            : null;
}

/// <summary><c>field: value</c> in a test entity.</summary>
public sealed class BoundFieldValue(FieldInitializerSyntax syntax, FieldSchema field, ConstantValue value) : BoundNode(syntax)
{
    public FieldSchema Field { get; } = field;

    public ConstantValue Value { get; } = value;
}

/// <summary>An <c>expect</c> line; <see cref="EntityKey"/> names the entity (<c>for "XMR"</c>), null for the first.</summary>
public abstract class BoundExpectation(ExpectationSyntax syntax) : BoundNode(syntax)
{
    public string? EntityKey => ((ExpectationSyntax)Syntax).Entity?.Value;
}

/// <summary><c>expect RULE outcome</c>, resolved to the rule.</summary>
public sealed class BoundExpectOutcome(ExpectOutcomeSyntax syntax, BoundRule rule) : BoundExpectation(syntax)
{
    public BoundRule Rule { get; } = rule;

    public Outcome Outcome { get; } = syntax.Outcome;
}

/// <summary><c>expect verdict blocked</c>.</summary>
public sealed class BoundExpectVerdict(ExpectVerdictSyntax syntax) : BoundExpectation(syntax)
{
    public Verdict Verdict { get; } = syntax.Verdict;
}
