using Tao.Rules.Binding;
using Tao.Rules.Diagnostics;

namespace Tao.Rules.Evaluation;

/// <summary>
/// Runs the <c>test</c> blocks of a pack. Each test's <c>given</c> entities form the whole population of that test (so
/// population aggregates see only them), evaluated on the test's <c>as of</c> date, else
/// <see cref="RuleTestOptions.AsOf"/>, else the package's <c>effective</c> start date; a test with none of them fails
/// with TAO7001. Params keep their defaults and no waivers apply.
/// </summary>
public static class RuleTestRunner
{
    public static RuleTestReport Run(CompiledPack pack, RuleTestOptions? options = null)
    {
        options ??= new RuleTestOptions();
        var package = pack.Package;
        var rules = package.Rules;
        var pass = new bool[rules.Count];
        var fail = new bool[rules.Count];
        var whenTrue = new bool[rules.Count];
        var whenFalse = new bool[rules.Count];
        var diagnostics = new DiagnosticBag();
        var tests = new List<RuleTestResult>();

        foreach (var test in package.Tests)
        {
            var location = test.Syntax.Span.GetLocation();
            var asOf = test.AsOf ?? options.AsOf ?? package.Effective?.From;
            if (asOf is null)
            {
                var message = $"test \"{test.Name}\" has no evaluation date: write 'as of YYYY-MM-DD' in the test or 'effective' in the package";
                diagnostics.Add(new Diagnostic(DiagnosticCatalog.ExpectationNotMet, location, DiagnosticCatalog.ExpectationNotMet.DefaultSeverity, message));
                tests.Add(new RuleTestResult(test.Name, location, [], message));
                continue;
            }

            var facts = TestFacts.Build(test, package.Schema!, location.Path, asOf.Value);
            var result = pack.Evaluate(facts, new EvaluationOptions { AsOf = asOf, Engine = options.Engine });
            RecordCoverage(result, pass, fail, whenTrue, whenFalse);

            var expectations = new List<ExpectationResult>();
            foreach (var expectation in test.Expectations)
            {
                var checkedExpectation = Check(test, result, expectation);
                expectations.Add(checkedExpectation);
                if (!checkedExpectation.Passed)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticCatalog.ExpectationNotMet, checkedExpectation.Location, DiagnosticCatalog.ExpectationNotMet.DefaultSeverity, checkedExpectation.Message!));
                }
            }

            tests.Add(new RuleTestResult(test.Name, location, expectations, null));
        }

        var coverage = new RuleCoverage(rules.Select(r => new RuleCoverageEntry(
            r.Id,
            r.Syntax.Span.GetLocation(),
            pass[r.Index],
            fail[r.Index],
            r.When is not null,
            whenTrue[r.Index],
            whenFalse[r.Index])).ToArray());
        return new RuleTestReport(pack.Name, tests, diagnostics.ToSortedList(), coverage);
    }

    private static ExpectationResult Check(BoundTest test, EvaluationResult result, BoundExpectation expectation)
    {
        var location = expectation.Syntax.Span.GetLocation();
        var key = expectation.EntityKey;
        var row = 0;
        var found = key is null ? result.EntityCount > 0 : result.Facts.TryGetRow(key, out row);
        var entity = found ? result.Facts.GetKey(row) : key ?? "the first entity";
        switch (expectation)
        {
            case BoundExpectOutcome outcome:
            {
                var text = $"{outcome.Rule.Id} {EvaluationResult.OutcomeText(outcome.Outcome)} for {entity}";
                if (!found)
                {
                    return new ExpectationResult(text, false, $"test \"{test.Name}\": no entity '{entity}' is given in this test", location);
                }

                var actual = result.GetResult(row, outcome.Rule.Index);
                if (actual.Outcome == outcome.Outcome)
                {
                    return new ExpectationResult(text, true, null, location);
                }

                var detail = actual.Outcome switch
                {
                    Outcome.Unknown => $" (missing: {string.Join(", ", actual.Missing)})",
                    Outcome.Error => $" ({actual.Error})",
                    _ => string.Empty,
                };
                var message = $"test \"{test.Name}\": expected {outcome.Rule.Id} to be {EvaluationResult.OutcomeText(outcome.Outcome)} for {entity}, but it is {EvaluationResult.OutcomeText(actual.Outcome)}{detail}";
                return new ExpectationResult(text, false, message, location);
            }

            case BoundExpectVerdict verdict:
            {
                var text = $"verdict {EvaluationResult.VerdictText(verdict.Verdict)} for {entity}";
                if (!found)
                {
                    return new ExpectationResult(text, false, $"test \"{test.Name}\": no entity '{entity}' is given in this test", location);
                }

                var actual = result.GetVerdict(row);
                return actual == verdict.Verdict
                    ? new ExpectationResult(text, true, null, location)
                    : new ExpectationResult(text, false, $"test \"{test.Name}\": expected the verdict {EvaluationResult.VerdictText(verdict.Verdict)} for {entity}, but it is {EvaluationResult.VerdictText(actual)}", location);
            }

            default:
                return new ExpectationResult(expectation.Syntax.Span.ToString(), false, $"test \"{test.Name}\": this expectation cannot be checked", location);
        }
    }

    private static void RecordCoverage(EvaluationResult result, bool[] pass, bool[] fail, bool[] whenTrue, bool[] whenFalse)
    {
        for (var rule = 0; rule < result.Rules.Count; rule++)
        {
            for (var row = 0; row < result.EntityCount; row++)
            {
                switch (result.GetOutcome(row, rule))
                {
                    case Outcome.Pass:
                        pass[rule] = true;
                        break;
                    case Outcome.Fail:
                        fail[rule] = true;
                        break;
                }

                if (result.Rules[rule].When is not null)
                {
                    switch (result.WhenTruth(row, rule))
                    {
                        case RuntimeOps.True:
                            whenTrue[rule] = true;
                            break;
                        case RuntimeOps.False:
                            whenFalse[rule] = true;
                            break;
                    }
                }
            }
        }
    }
}
