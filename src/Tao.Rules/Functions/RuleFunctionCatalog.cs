using Tao.Rules.Binding;
using Tao.Rules.Diagnostics;
using Tao.Rules.Text;

namespace Tao.Rules.Functions;

/// <summary>
/// The C# functions a compilation may call, by name: immutable, and free of clashes (with a built-in or with each
/// other), which <see cref="Create"/> reports (TAO3018) and leaves out. The built-ins are not in it; they stay in
/// <see cref="BuiltinCatalog"/>.
/// </summary>
public sealed class RuleFunctionCatalog
{
    private readonly Dictionary<string, RuleFunction> _byName;

    private RuleFunctionCatalog(IReadOnlyList<RuleFunction> functions)
    {
        Functions = functions;
        _byName = functions.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    /// <summary>No functions: what a compilation uses when it is given none.</summary>
    public static RuleFunctionCatalog Empty { get; } = new([]);

    /// <summary>Every function, in name order (ordinal).</summary>
    public IReadOnlyList<RuleFunction> Functions { get; }

    public IEnumerable<string> Names => _byName.Keys;

    /// <summary>
    /// A catalog of <paramref name="functions"/>. A function named like a built-in, or like a function before it, is
    /// reported (TAO3018, at its <see cref="RuleFunction.Origin"/>) and left out.
    /// </summary>
    public static RuleFunctionCatalog Create(IEnumerable<RuleFunction> functions, DiagnosticBag diagnostics)
    {
        var kept = new Dictionary<string, RuleFunction>(StringComparer.Ordinal);
        foreach (var function in functions)
        {
            if (BuiltinCatalog.TryGet(function.Name, out _))
            {
                diagnostics.Add(DiagnosticCatalog.RuleFunctionNameClash, Location.ForFile(function.Origin), function.MethodName, function.Name, "the built-in function of that name");
            }
            else if (kept.TryGetValue(function.Name, out var first))
            {
                diagnostics.Add(DiagnosticCatalog.RuleFunctionNameClash, Location.ForFile(function.Origin), function.MethodName, function.Name, $"{first.MethodName} (from '{first.Origin}')");
            }
            else
            {
                kept.Add(function.Name, function);
            }
        }

        return new RuleFunctionCatalog(kept.Values.OrderBy(f => f.Name, StringComparer.Ordinal).ToList());
    }

    public bool TryGet(string name, out RuleFunction function) => _byName.TryGetValue(name, out function!);
}
