using Tao.Rules.Diagnostics;
using Tao.Rules.Schema;
using Tao.Rules.Syntax;
using Tao.Rules.Units;

namespace Tao.Rules.Binding;

/// <summary>Binds <c>test</c> blocks: entities checked against the pack's schema, expectations resolved to rules.</summary>
internal sealed class TestBinder
{
    private readonly BindingContext _context;
    private readonly ExpressionBinder _expressions;
    private readonly Dictionary<string, BoundRule> _rulesById = new(StringComparer.Ordinal);

    public TestBinder(BindingContext context, ExpressionBinder expressions, IReadOnlyList<BoundRule> rules)
    {
        _context = context;
        _expressions = expressions;
        foreach (var rule in rules)
        {
            // A repeated id is the lint's TAO4001; expectations go to the first rule of that id.
            if (!_rulesById.ContainsKey(rule.Id))
            {
                _rulesById.Add(rule.Id, rule);
            }
        }
    }

    public List<BoundTest> Bind(IEnumerable<TestDeclarationSyntax> tests)
    {
        var bound = new List<BoundTest>();
        foreach (var test in tests)
        {
            var entities = test.Givens.Select(BindEntity).ToArray();
            var expectations = new List<BoundExpectation>(test.Expectations.Count);
            foreach (var expectation in test.Expectations)
            {
                CheckEntityKey(expectation, entities);
                switch (expectation)
                {
                    case ExpectOutcomeSyntax outcome when _rulesById.TryGetValue(outcome.Rule.Id, out var rule):
                        expectations.Add(new BoundExpectOutcome(outcome, rule));
                        break;
                    case ExpectOutcomeSyntax outcome:
                        _context.Report(DiagnosticCatalog.UnknownRuleInTest, outcome.Rule.Span, outcome.Rule.Id, Suggestions.DidYouMean(outcome.Rule.Id, _rulesById.Keys));
                        break;
                    case ExpectVerdictSyntax verdict:
                        expectations.Add(new BoundExpectVerdict(verdict));
                        break;
                }
            }

            bound.Add(new BoundTest(test, entities, test.AsOf?.Value, expectations));
        }

        return bound;
    }

    /// <summary><c>expect … for "XMR"</c> must name the key of one of the test's entities (TAO3016).</summary>
    private void CheckEntityKey(ExpectationSyntax expectation, BoundTestEntity[] entities)
    {
        if (expectation.Entity is not { } key || _context.Schema is not { } schema)
        {
            return;
        }

        var keys = entities.Select(e => e.Key).OfType<string>().ToArray();
        if (!keys.Contains(key.Value, StringComparer.Ordinal))
        {
            _context.Report(DiagnosticCatalog.UnknownTestEntity, key.Span, schema.Key, key.Value, Suggestions.DidYouMean(key.Value, keys));
        }
    }

    private BoundTestEntity BindEntity(GivenSyntax given)
    {
        var kind = given.Kind.Name;
        if (!string.Equals(kind, _context.KindName, StringComparison.Ordinal))
        {
            // Without a kind of its own the package reported TAO3015 (or TAO1008) once; nothing to compare with.
            if (_context.KindName is not null && _context.Schemas.TryGet(kind, out _))
            {
                _context.Report(DiagnosticCatalog.TypeMismatch, given.Kind.Span, $"this package applies to '{_context.KindName}', so a test gives '{_context.KindName}' entities, not '{kind}'");
            }
            else if (_context.Schema is not null)
            {
                _context.Report(DiagnosticCatalog.UnknownEntityKind, given.Kind.Span, kind, Suggestions.DidYouMean(kind, _context.Schemas.Kinds));
            }

            return new BoundTestEntity(given, null, []);
        }

        if (_context.Schema is not { } schema)
        {
            return new BoundTestEntity(given, null, []);
        }

        var values = new List<BoundFieldValue>(given.Fields.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var initializer in given.Fields)
        {
            var name = initializer.Name.Name;
            if (!schema.TryGetField(name, out var field))
            {
                _context.Report(DiagnosticCatalog.UnknownField, initializer.Name.Span, kind, name, Suggestions.DidYouMean(name, schema.Fields.Select(f => f.Name), kind + "."));
                continue;
            }

            if (!seen.Add(name))
            {
                _context.Report(DiagnosticCatalog.DuplicateClause, initializer.Name.Span, name, "entity");
                continue;
            }

            if (BindValue(initializer, kind, field) is { } value)
            {
                values.Add(new BoundFieldValue(initializer, field, value));
            }
        }

        return new BoundTestEntity(given, schema, values);
    }

    private ConstantValue? BindValue(FieldInitializerSyntax initializer, string kind, FieldSchema field)
    {
        var qualified = kind + "." + field.Name;
        if (ConstantSyntax.FindNonConstant(initializer.Value) is { } offending)
        {
            _context.Report(DiagnosticCatalog.NonConstantValue, offending.Span, $"a test value must be a constant (literals, lists and arithmetic on them); '{offending.Span}' is not");
            return null;
        }

        var value = _expressions.Bind(initializer.Value);
        if (value.Type.IsError)
        {
            return null;
        }

        var expected = _context.TypeOf(field);
        if (!Fits(value.Type, expected))
        {
            _context.Report(DiagnosticCatalog.TypeMismatch, initializer.Value.Span, $"field '{qualified}' holds {Describe(expected)}, but this is {value.Type.DisplayName}");
            return null;
        }

        var numberType = expected.Kind == TypeKind.List ? expected.ElementType! : expected;
        var actualNumber = value.Type.Kind == TypeKind.List ? value.Type.ElementType! : value.Type;
        // Like a fact, a plain number is in the field's unit (market_cap: 5_000_000 means USD); a written unit must agree.
        var inFieldUnit = numberType.IsNumber && actualNumber.IsNumber && actualNumber.Unit.IsNone;
        if (numberType.IsNumber && actualNumber.IsNumber && !inFieldUnit && !UnitFacts.AreCompatible(numberType.Unit, actualNumber.Unit))
        {
            _context.Report(DiagnosticCatalog.UnitMismatch, initializer.Value.Span, $"field '{qualified}' is in {UnitFacts.Describe(numberType.Unit)}, but this is {UnitFacts.Describe(actualNumber.Unit)}");
            return null;
        }

        var constant = ConstantFolder.TryFold(value);
        if (constant is null)
        {
            _context.Report(DiagnosticCatalog.NonConstantValue, initializer.Value.Span, "this test value cannot be computed (division by zero or a value out of range)");
            return null;
        }

        if (inFieldUnit && numberType.Unit.Scale != 1)
        {
            constant = Scale(constant, numberType.Unit);
        }

        if (expected.Kind == TypeKind.Enum && !CheckEnumValue(initializer.Value, constant, expected))
        {
            return null;
        }

        if (expected.IsNumber && expected.IsInteger && Math.Floor(constant.Number / numberType.Unit.Scale) != constant.Number / numberType.Unit.Scale)
        {
            _context.Report(DiagnosticCatalog.TypeMismatch, initializer.Value.Span, $"field '{qualified}' holds whole numbers, but this is {initializer.Value.Span}");
            return null;
        }

        return constant;
    }

    private static ConstantValue Scale(ConstantValue value, Unit unit) => value.Kind == TypeKind.List
        ? ConstantValue.FromList(value.Items!.Select(i => Scale(i, unit)).ToArray())
        : ConstantValue.FromNumber(UnitFacts.ToBase(value.Number, unit));

    private bool CheckEnumValue(ExpressionSyntax syntax, ConstantValue constant, RuleType enumType)
    {
        if (enumType.EnumValues.Contains(constant.Text!, StringComparer.Ordinal))
        {
            return true;
        }

        _context.Report(DiagnosticCatalog.UnknownEnumValue, syntax.Span, constant.Text, enumType.Name, string.Join(", ", enumType.EnumValues), Suggestions.DidYouMean(constant.Text!, enumType.EnumValues));
        return false;
    }

    private static bool Fits(RuleType actual, RuleType expected) => expected.Kind switch
    {
        TypeKind.Enum => actual.Kind is TypeKind.String or TypeKind.Enum,
        TypeKind.List => actual.Kind == TypeKind.List && (actual.ElementType!.Kind == TypeKind.Nothing || Fits(actual.ElementType, expected.ElementType!)),
        _ => actual.Kind == expected.Kind,
    };

    private static string Describe(RuleType type) => type.Kind switch
    {
        TypeKind.Number => type.IsInteger ? "whole numbers" : "numbers",
        TypeKind.Enum => $"one of {string.Join(", ", type.EnumValues)}",
        TypeKind.List => $"a list of {Describe(type.ElementType!)}",
        TypeKind.Bool => "true or false",
        TypeKind.Date => "dates",
        _ => "strings",
    };
}
