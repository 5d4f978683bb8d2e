using System.Globalization;
using System.Text;
using Tao.Rules.Evaluation;
using Tao.Rules.Facts;
using Tao.Rules.Reporting.Exports.JUnit;

namespace Tao.Rules.Reporting.Exports;

/// <summary>
/// <c>eval --format junit</c>: JUnit XML for CI servers. One testsuite per pack (in the order packs first appear), one testcase
/// per entity and rule (entities in fact-file order, rules in declaration order), named <c>ENTITY: RULE-ID title</c>
/// with the pack as class name. A fail or error outcome is a <c>failure</c> (its type the outcome, its message the
/// severity and reason, its text the explanation); not_applicable, unknown and waived outcomes are <c>skipped</c> with a
/// message that starts with the outcome (an unknown's explanation, with the missing facts, in <c>system-out</c>); a pass
/// is a bare testcase. Testcases wait in a <see cref="SpillBuffer"/> per pack, because a testsuite's counts come first.
/// </summary>
public sealed class JUnitEvaluationWriter(TextWriter output) : IEvaluationWriter
{
    /// <summary>Stands for a line break inside a buffered testcase (the buffer is line-based); cleaned XML never holds it.</summary>
    private const char LineBreak = '\u001E';

    private readonly List<Suite> _suites = [];
    private readonly Dictionary<CompiledPack, Suite> _suiteOfPack = [];
    private readonly StringBuilder _xml = new();
    private DateTime _asOf;

    public void Begin(DateTime asOf) => _asOf = asOf;

    public void WriteBatch(IReadOnlyList<EvaluationResult> packs)
    {
        // Batches may come from several fact files (report judges assets and subnets), each with its own packs.
        var suites = packs.Select(pack =>
        {
            if (!_suiteOfPack.TryGetValue(pack.Pack, out var suite))
            {
                suite = _suiteOfPack[pack.Pack] = new Suite(pack.PackName);
                _suites.Add(suite);
            }

            return suite;
        }).ToArray();
        var rows = packs.Count == 0 ? 0 : packs[0].EntityCount;
        for (var row = 0; row < rows; row++)
        {
            for (var p = 0; p < packs.Count; p++)
            {
                var pack = packs[p];
                for (var rule = 0; rule < pack.Rules.Count; rule++)
                {
                    suites[p].Add(TestCase(pack, rule, pack.GetResult(row, rule)));
                }
            }
        }
    }

    public void End()
    {
        _xml.Clear();
        _xml.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<testsuites name=\"tao-rules eval\"");
        AppendCounts(_suites.Sum(s => s.Tests), _suites.Sum(s => s.Failures), _suites.Sum(s => s.Skipped));
        _xml.Append(">\n");
        output.Write(_xml.ToString());
        foreach (var suite in _suites)
        {
            _xml.Clear();
            _xml.Append("  <testsuite name=\"");
            XmlSafeText.AppendAttribute(_xml, suite.Name);
            _xml.Append('"');
            AppendCounts(suite.Tests, suite.Failures, suite.Skipped);
            _xml.Append(">\n    <properties>\n      <property name=\"as_of\" value=\"").Append(FactDates.Format(_asOf)).Append("\"/>\n    </properties>\n");
            output.Write(_xml.ToString());
            foreach (var line in suite.Cases.Lines())
            {
                output.Write("    ");
                output.Write(line.Replace(LineBreak, '\n'));
                output.Write('\n');
            }

            output.Write("  </testsuite>\n");
        }

        output.Write("</testsuites>\n");
    }

    public void Dispose()
    {
        foreach (var suite in _suites)
        {
            suite.Cases.Dispose();
        }
    }

    private (string Xml, Outcome Outcome) TestCase(EvaluationResult pack, int ruleIndex, RuleResult result)
    {
        var rule = pack.Rules[ruleIndex];
        _xml.Clear();
        _xml.Append("<testcase classname=\"");
        XmlSafeText.AppendAttribute(_xml, result.Pack);
        _xml.Append("\" name=\"");
        XmlSafeText.AppendAttribute(_xml, result.Entity + ": " + result.RuleId + (rule.Title is { } title ? " " + title : string.Empty));
        _xml.Append('"');
        var explanation = result.Explanation?.ToString() ?? string.Empty;
        switch (result.Outcome)
        {
            case Outcome.Fail or Outcome.Error:
                _xml.Append("><failure type=\"").Append(OutputNames.Of(result.Outcome)).Append("\" message=\"");
                XmlSafeText.AppendAttribute(_xml, OutputNames.Of(result.Severity) + ": " + OutputNames.Detail(result));
                _xml.Append("\">");
                XmlSafeText.AppendContent(_xml, explanation);
                _xml.Append("</failure></testcase>");
                break;
            case Outcome.NotApplicable or Outcome.Unknown or Outcome.Waived:
                _xml.Append("><skipped message=\"");
                XmlSafeText.AppendAttribute(_xml, SkipMessage(result));
                _xml.Append("\"/>");
                if (explanation.Length > 0)
                {
                    _xml.Append("<system-out>");
                    XmlSafeText.AppendContent(_xml, explanation);
                    _xml.Append("</system-out>");
                }

                _xml.Append("</testcase>");
                break;
            default:
                _xml.Append("/>");
                break;
        }

        return (_xml.ToString().Replace('\n', LineBreak), result.Outcome);
    }

    /// <summary>Why a testcase is skipped, starting with the outcome: <c>not_applicable</c>, <c>unknown: missing asset.x</c>, <c>waived until ...</c>.</summary>
    private static string SkipMessage(RuleResult result) => result.Outcome switch
    {
        Outcome.Unknown => "unknown: missing " + string.Join(", ", result.Missing),
        Outcome.Waived => OutputNames.Detail(result),
        _ => OutputNames.Of(result.Outcome),
    };

    private void AppendCounts(long tests, long failures, long skipped) =>
        _xml.Append(CultureInfo.InvariantCulture, $" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\" skipped=\"{skipped}\"");

    /// <summary>One pack's testcases, buffered, and its counts.</summary>
    private sealed class Suite(string name)
    {
        public string Name { get; } = name;

        public SpillBuffer Cases { get; } = new();

        public long Tests { get; private set; }

        public long Failures { get; private set; }

        public long Skipped { get; private set; }

        public void Add((string Xml, Outcome Outcome) testCase)
        {
            Cases.AppendLine(testCase.Xml);
            Tests++;
            Failures += testCase.Outcome is Outcome.Fail or Outcome.Error ? 1 : 0;
            Skipped += testCase.Outcome is Outcome.NotApplicable or Outcome.Unknown or Outcome.Waived ? 1 : 0;
        }
    }
}
