using Tao.Rules.Diagnostics;
using Tao.Rules.Functions;
using Tao.Rules.Schema;
using Tao.Rules.Syntax;

namespace Tao.Rules.Binding;

/// <summary>Binds one package: its header, params, lets (in dependency order), rules and tests.</summary>
internal sealed class PackageBinder
{
    private readonly RuleSyntaxTree _tree;
    private readonly BindingContext _context;
    private readonly ExpressionBinder _expressions;
    private readonly bool _kindError;

    public PackageBinder(RuleSyntaxTree tree, SchemaSet schemas, DiagnosticBag diagnostics, RuleFunctionCatalog? functions = null)
    {
        _tree = tree;
        var kindSyntax = tree.Root.Package?.AppliesTo?.Kind;
        EntitySchema? schema = null;
        if (kindSyntax is not null && !schemas.TryGet(kindSyntax.Name, out schema))
        {
            diagnostics.Add(DiagnosticCatalog.UnknownEntityKind, kindSyntax.Span, kindSyntax.Name, Suggestions.DidYouMean(kindSyntax.Name, schemas.Kinds));
            schema = null;
            _kindError = true;
        }

        if (tree.Root.Package is { AppliesTo: null } package)
        {
            diagnostics.Add(DiagnosticCatalog.MissingEntityKind, package.Name.Span, package.Name.Name);
            _kindError = true;
        }

        _context = new BindingContext(kindSyntax?.Name, schema, schemas, diagnostics, functions);
        _expressions = new ExpressionBinder(_context);
    }

    public BoundPackage Bind()
    {
        var root = _tree.Root;
        var paramSyntaxes = root.Params.ToList();
        var letSyntaxes = root.Lets.ToList();
        var duplicates = DeclareNames();
        BindParams(paramSyntaxes);
        var lets = BindLets(letSyntaxes, duplicates);
        var rules = BindRules(root.Rules);
        var tests = new TestBinder(_context, _expressions, rules).Bind(root.Tests);
        PopulationStages.Assign(lets, _context.Aggregates);
        return new BoundPackage(
            _tree,
            root.Package?.Name.Name ?? string.Empty,
            _context.Schema,
            _context.Params,
            lets,
            rules,
            tests,
            _context.Aggregates,
            _kindError || _context.HasErrors || _tree.HasErrors);
    }

    /// <summary>Enters params and lets in one namespace; a second declaration of a name is TAO3008 and not visible.</summary>
    private HashSet<SyntaxNode> DeclareNames()
    {
        var duplicates = new HashSet<SyntaxNode>();
        var (paramIndex, letIndex) = (0, 0);
        foreach (var member in _tree.Root.Members)
        {
            var (name, isParam, index) = member switch
            {
                ParamDeclarationSyntax p => (p.Name, true, paramIndex++),
                LetDeclarationSyntax l => (l.Name, false, letIndex++),
                _ => (null, false, -1),
            };
            if (name is null)
            {
                continue;
            }

            var reserved = string.Equals(name.Name, NameFacts.AsOf, StringComparison.Ordinal) || string.Equals(name.Name, _context.KindName, StringComparison.Ordinal);
            if (reserved || _context.Names.ContainsKey(name.Name))
            {
                _context.Report(DiagnosticCatalog.DuplicateName, name.Span, name.Name);
                duplicates.Add(member);
                continue;
            }

            _context.Names.Add(name.Name, new NameDeclaration(isParam, index, name));
        }

        return duplicates;
    }

    private void BindParams(List<ParamDeclarationSyntax> @params)
    {
        foreach (var syntax in @params)
        {
            var index = _context.Params.Count;
            if (ConstantSyntax.FindNonConstant(syntax.Value) is { } offending)
            {
                _context.Report(DiagnosticCatalog.NonConstantValue, offending.Span, $"the value of 'param {syntax.Name.Name}' must be a constant (literals, lists and arithmetic on them); '{offending.Span}' is not");
                _context.Params.Add(new BoundParam(syntax, RuleType.Error, new BoundErrorExpression(syntax.Value), null, index));
                continue;
            }

            var value = _expressions.Bind(syntax.Value);
            var constant = value.Type.IsError ? null : ConstantFolder.TryFold(value);
            if (!value.Type.IsError && constant is null)
            {
                _context.Report(DiagnosticCatalog.NonConstantValue, syntax.Value.Span, $"the value of 'param {syntax.Name.Name}' cannot be computed (division by zero or a value out of range)");
            }

            _context.Params.Add(new BoundParam(syntax, constant is null ? RuleType.Error : value.Type, value, constant, index));
        }

    }

    private List<BoundLet> BindLets(List<LetDeclarationSyntax> lets, HashSet<SyntaxNode> duplicates)
    {
        var indexByName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pair in _context.Names)
        {
            if (!pair.Value.IsParam)
            {
                indexByName.Add(pair.Key, pair.Value.Index);
            }
        }

        var graph = new LetDependencyGraph(lets, indexByName);
        graph.Sort();
        var onCycle = new bool[lets.Count];
        foreach (var cycle in graph.Cycles)
        {
            var first = lets[cycle[0]];
            var path = string.Join(" -> ", cycle.Select(i => lets[i].Name.Name).Concat([first.Name.Name]));
            _context.Report(DiagnosticCatalog.CyclicLet, first.Name.Span, first.Name.Name, path);
            foreach (var index in cycle)
            {
                onCycle[index] = true;
            }
        }

        _context.Lets = new BoundLet?[lets.Count];
        var bound = new List<BoundLet>(lets.Count);
        foreach (var index in graph.Order)
        {
            var syntax = lets[index];
            var expression = _expressions.Bind(syntax.Value);
            if (onCycle[index])
            {
                expression = new BoundErrorExpression(syntax.Value);
            }

            var let = new BoundLet(syntax, expression, bound.Count);
            bound.Add(let);
            if (!duplicates.Contains(syntax))
            {
                _context.Lets[index] = let;
            }
        }

        return bound;
    }

    private List<BoundRule> BindRules(IEnumerable<RuleDeclarationSyntax> rules)
    {
        var bound = new List<BoundRule>();
        foreach (var syntax in rules)
        {
            var when = syntax.When is { } w ? _expressions.BindCondition(w.Condition, "when") : null;
            var require = syntax.Require is { } r ? _expressions.BindCondition(r.Condition, "require") : null;
            var because = syntax.Because is { } b ? BindText(b.Text) : null;
            var remedy = syntax.Remedy is { } m ? BindText(m.Text) : null;
            var tags = syntax.Tags?.Tags.Select(t => t.Value).ToArray() ?? [];
            var effective = syntax.Effective is { } e ? new BoundEffectiveWindow(e) : null;
            bound.Add(new BoundRule(syntax, syntax.Severity?.Severity ?? RuleSeverity.Major, tags, effective, when, require, because, remedy, bound.Count));
        }

        return bound;
    }

    private BoundInterpolatedString BindText(InterpolatedStringSyntax syntax)
    {
        var parts = new List<BoundInterpolationPart>(syntax.Parts.Count);
        foreach (var part in syntax.Parts)
        {
            parts.Add(part switch
            {
                InterpolationHoleSyntax hole => new BoundInterpolationPart(part, null, _expressions.Bind(hole.Expression)),
                InterpolationTextSyntax text => new BoundInterpolationPart(part, text.Text, null),
                _ => new BoundInterpolationPart(part, string.Empty, null),
            });
        }

        return new BoundInterpolatedString(syntax, parts);
    }
}
