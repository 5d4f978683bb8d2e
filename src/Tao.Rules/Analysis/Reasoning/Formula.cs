using Tao.Rules.Binding;

namespace Tao.Rules.Analysis.Reasoning;

/// <summary>
/// A condition in negation normal form over two kinds of atoms: a subject's membership in a <see cref="ValueSet"/>
/// (<c>x &gt; 5 USD</c> is <c>x ∈ (5, ∞)</c>) and opaque propositions (<c>asset.isg_market</c>, <c>x &lt; some_param</c>),
/// equal when their <see cref="ExpressionKey"/>s are. Reasoning over it is classical: it speaks of entities whose facts
/// are all known, which is what "always true whenever its facts are known" means under Kleene logic.
/// </summary>
internal abstract class Formula
{
    /// <summary>The formula that holds exactly when this one does not (for known facts).</summary>
    public abstract Formula Negate();

    /// <summary>The keys of the subjects and propositions it mentions.</summary>
    public abstract void CollectKeys(ISet<string> keys);
}

internal sealed class ConstantFormula(bool value) : Formula
{
    public static ConstantFormula True { get; } = new(true);

    public static ConstantFormula False { get; } = new(false);

    public bool Value { get; } = value;

    public override Formula Negate() => Value ? False : True;

    public override void CollectKeys(ISet<string> keys)
    {
    }
}

/// <summary><c>and</c> (<see cref="IsAnd"/>) or <c>or</c> of two or more operands.</summary>
internal sealed class JunctionFormula(bool isAnd, IReadOnlyList<Formula> operands) : Formula
{
    public bool IsAnd { get; } = isAnd;

    public IReadOnlyList<Formula> Operands { get; } = operands;

    public override Formula Negate() => new JunctionFormula(!IsAnd, Operands.Select(o => o.Negate()).ToList());

    public override void CollectKeys(ISet<string> keys)
    {
        foreach (var operand in Operands)
        {
            operand.CollectKeys(keys);
        }
    }
}

/// <summary>An opaque Bool value that holds (<see cref="Positive"/>) or does not.</summary>
internal sealed class PropositionFormula(string key, bool positive) : Formula
{
    public string Key { get; } = key;

    public bool Positive { get; } = positive;

    public override Formula Negate() => new PropositionFormula(Key, !Positive);

    public override void CollectKeys(ISet<string> keys) => keys.Add(Key);
}

/// <summary><c>subject ∈ set</c>; the subject's values are always within <see cref="Domain"/> (an enum's values).</summary>
internal sealed class MembershipFormula(string subject, ValueSet set, ValueSet domain) : Formula
{
    public string Subject { get; } = subject;

    public ValueSet Set { get; } = set;

    public ValueSet Domain { get; } = domain;

    public override Formula Negate() => new MembershipFormula(Subject, Set.Complement(), Domain);

    public override void CollectKeys(ISet<string> keys) => keys.Add(Subject);
}
