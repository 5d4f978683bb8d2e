namespace Tao.Rules.Analysis.Reasoning;

/// <summary>Whether some assignment of known values makes a set of formulas hold together.</summary>
internal enum Satisfiability
{
    Satisfiable,
    Unsatisfiable,

    /// <summary>The search ran out of budget: no conclusion, so nothing is reported.</summary>
    Unknown,
}

/// <summary>
/// A small case-splitting search: conjunctions narrow each subject's <see cref="ValueSet"/> and fix propositions; a
/// disjunction is split only once everything else is applied. The number of branches and their depth are capped, so
/// a query never takes long; past the cap the answer is <see cref="Satisfiability.Unknown"/>.
/// </summary>
internal sealed class SatisfiabilitySolver
{
    private const int MaxBranches = 512;
    private const int MaxDepth = 48;

    private int _branches;

    private SatisfiabilitySolver()
    {
    }

    public static Satisfiability Solve(params Formula[] conjuncts) => Solve((IEnumerable<Formula>)conjuncts);

    public static Satisfiability Solve(IEnumerable<Formula> conjuncts) =>
        new SatisfiabilitySolver().Search(new List<Formula>(conjuncts), [], new Assignment(), 0);

    public static bool IsUnsatisfiable(params Formula[] conjuncts) => Solve(conjuncts) == Satisfiability.Unsatisfiable;

    private Satisfiability Search(List<Formula> pending, List<JunctionFormula> disjunctions, Assignment assignment, int depth)
    {
        while (pending.Count > 0)
        {
            var formula = pending[pending.Count - 1];
            pending.RemoveAt(pending.Count - 1);
            switch (formula)
            {
                case ConstantFormula constant when !constant.Value:
                    return Satisfiability.Unsatisfiable;
                case JunctionFormula { IsAnd: true } and:
                    pending.AddRange(and.Operands);
                    break;
                case JunctionFormula or:
                    disjunctions.Add(or);
                    break;
                case PropositionFormula proposition when !assignment.Assume(proposition):
                    return Satisfiability.Unsatisfiable;
                case MembershipFormula membership when !assignment.Restrict(membership):
                    return Satisfiability.Unsatisfiable;
            }
        }

        if (disjunctions.Count == 0)
        {
            return Satisfiability.Satisfiable;
        }

        if (depth >= MaxDepth)
        {
            return Satisfiability.Unknown;
        }

        var split = disjunctions[disjunctions.Count - 1];
        var rest = disjunctions.GetRange(0, disjunctions.Count - 1);
        var unknown = false;
        foreach (var operand in split.Operands)
        {
            if (++_branches > MaxBranches)
            {
                return Satisfiability.Unknown;
            }

            var result = Search([operand], [.. rest], assignment.Copy(), depth + 1);
            if (result == Satisfiability.Satisfiable)
            {
                return result;
            }

            unknown |= result == Satisfiability.Unknown;
        }

        return unknown ? Satisfiability.Unknown : Satisfiability.Unsatisfiable;
    }

    /// <summary>What one branch of the search has fixed so far.</summary>
    private sealed class Assignment
    {
        private readonly Dictionary<string, ValueSet> _sets;
        private readonly Dictionary<string, bool> _propositions;

        public Assignment()
            : this(new Dictionary<string, ValueSet>(StringComparer.Ordinal), new Dictionary<string, bool>(StringComparer.Ordinal))
        {
        }

        private Assignment(Dictionary<string, ValueSet> sets, Dictionary<string, bool> propositions)
        {
            _sets = sets;
            _propositions = propositions;
        }

        public Assignment Copy() =>
            new(new Dictionary<string, ValueSet>(_sets, StringComparer.Ordinal), new Dictionary<string, bool>(_propositions, StringComparer.Ordinal));

        public bool Assume(PropositionFormula proposition)
        {
            if (_propositions.TryGetValue(proposition.Key, out var value))
            {
                return value == proposition.Positive;
            }

            _propositions.Add(proposition.Key, proposition.Positive);
            return true;
        }

        public bool Restrict(MembershipFormula membership)
        {
            var current = _sets.TryGetValue(membership.Subject, out var known) ? known : membership.Domain;
            if (current.Intersect(membership.Set) is not { } narrowed)
            {
                // Sets of different kinds for one key cannot happen for a well-typed subject; learn nothing.
                return true;
            }

            _sets[membership.Subject] = narrowed;
            return !narrowed.IsEmpty;
        }
    }
}
