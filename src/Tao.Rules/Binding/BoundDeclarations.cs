using Tao.Rules.Syntax;

namespace Tao.Rules.Binding;

/// <summary><c>param name = value</c>: a constant whose type and unit come from its value; a run may override it.</summary>
public sealed class BoundParam(ParamDeclarationSyntax syntax, RuleType type, BoundExpression value, ConstantValue? defaultValue, int index) : BoundNode(syntax)
{
    public new ParamDeclarationSyntax Syntax { get; } = syntax;

    public string Name => Syntax.Name.Name;

    public RuleType Type { get; } = type;

    /// <summary>The value as bound (for display: <c>95 %</c>).</summary>
    public BoundExpression Value { get; } = value;

    /// <summary>The default, in base units; null when the value has an error.</summary>
    public ConstantValue? DefaultValue { get; } = defaultValue;

    /// <summary>Position in <see cref="BoundPackage.Params"/> (declaration order).</summary>
    public int Index { get; } = index;
}

/// <summary><c>let name = expression</c>: a value derived per entity.</summary>
public sealed class BoundLet(LetDeclarationSyntax syntax, BoundExpression expression, int index) : BoundNode(syntax)
{
    public new LetDeclarationSyntax Syntax { get; } = syntax;

    public string Name => Syntax.Name.Name;

    public RuleType Type => Expression.Type;

    public BoundExpression Expression { get; } = expression;

    /// <summary>Position in <see cref="BoundPackage.Lets"/>, which is in dependency order: a let comes after every let it uses.</summary>
    public int Index { get; } = index;

    /// <summary>
    /// The population stage: 0 when the let needs no population aggregate, else the highest
    /// <see cref="BoundPopulationAggregate.Stage"/> it uses (directly or through other lets). Compute a let of stage s
    /// for every entity after the aggregates of stage s.
    /// </summary>
    public int Stage { get; internal set; }
}

/// <summary>An <c>effective FROM until UNTIL</c> window (both days included; no <c>until</c> means open-ended).</summary>
public sealed class BoundEffectiveWindow(EffectiveClauseSyntax syntax) : BoundNode(syntax)
{
    public DateTime From { get; } = syntax.From.Value;

    public DateTime? Until { get; } = syntax.Until?.Value;

    public bool Contains(DateTime date) => date >= From && (Until is null || date <= Until.Value);
}

/// <summary>A <c>because</c> or <c>remedy</c> text: literal parts and bound holes (of any type; printed at evaluation).</summary>
public sealed class BoundInterpolatedString(InterpolatedStringSyntax syntax, IReadOnlyList<BoundInterpolationPart> parts) : BoundNode(syntax)
{
    public IReadOnlyList<BoundInterpolationPart> Parts { get; } = parts;
}

/// <summary>One part of a <see cref="BoundInterpolatedString"/>: exactly one of <see cref="Text"/> and <see cref="Hole"/> is set.</summary>
public sealed class BoundInterpolationPart(InterpolationPartSyntax syntax, string? text, BoundExpression? hole) : BoundNode(syntax)
{
    public string? Text { get; } = text;

    public BoundExpression? Hole { get; } = hole;
}

/// <summary>A rule with its clauses bound.</summary>
public sealed class BoundRule(
    RuleDeclarationSyntax syntax,
    RuleSeverity severity,
    IReadOnlyList<string> tags,
    BoundEffectiveWindow? effective,
    BoundExpression? when,
    BoundExpression? require,
    BoundInterpolatedString? because,
    BoundInterpolatedString? remedy,
    int index) : BoundNode(syntax)
{
    public new RuleDeclarationSyntax Syntax { get; } = syntax;

    public string Id => Syntax.Id.Id;

    public string? Title => Syntax.Title?.Value;

    /// <summary>The declared severity; <see cref="RuleSeverity.Major"/> when none is given (the lint reports TAO4005).</summary>
    public RuleSeverity Severity { get; } = severity;

    public string? Cite => Syntax.Cite?.Citation.Value;

    public IReadOnlyList<string> Tags { get; } = tags;

    public BoundEffectiveWindow? Effective { get; } = effective;

    /// <summary>The applicability condition (Bool), or null for "always applies".</summary>
    public BoundExpression? When { get; } = when;

    /// <summary>The condition that must hold (Bool); null only in an erroneous rule (TAO4009).</summary>
    public BoundExpression? Require { get; } = require;

    public BoundInterpolatedString? Because { get; } = because;

    public BoundInterpolatedString? Remedy { get; } = remedy;

    /// <summary>Position in <see cref="BoundPackage.Rules"/> (declaration order).</summary>
    public int Index { get; } = index;
}
