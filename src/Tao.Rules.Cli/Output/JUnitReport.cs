using System.Globalization;
using System.Text;
using System.Xml;
using Tao.Rules.Reporting.Exports.JUnit;

namespace Tao.Rules.Cli.Output;

/// <summary>One <c>test</c> block as JUnit sees it: a testcase of the package's testsuite, failed when any expectation was not met.</summary>
/// <param name="Package">The package, JUnit's testsuite and classname.</param>
/// <param name="Name">The test's name.</param>
/// <param name="File">The rule file.</param>
/// <param name="Line">The line of the <c>test</c> keyword.</param>
/// <param name="Failures">One MSBuild line per expectation not met; empty when the test passed.</param>
public sealed record JUnitCase(string Package, string Name, string File, int Line, IReadOnlyList<string> Failures);

/// <summary>
/// <c>test --junit FILE</c>: JUnit XML (the form CI servers read), one testsuite per package and one testcase per
/// <c>test</c> block, written atomically so a failed run never leaves half a report.
/// </summary>
public static class JUnitReport
{
    public static string Render(IReadOnlyList<JUnitCase> cases)
    {
        var settings = new XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            Encoding = new UTF8Encoding(false),
            OmitXmlDeclaration = false,
        };
        var text = new StringBuilder();
        using (var writer = new Utf8StringWriter(text))
        using (var xml = XmlWriter.Create(writer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "tao-rules test");
            xml.WriteAttributeString("tests", Count(cases.Count));
            xml.WriteAttributeString("failures", Count(cases.Count(c => c.Failures.Count > 0)));
            foreach (var suite in cases.GroupBy(c => c.Package, StringComparer.Ordinal))
            {
                var members = suite.ToList();
                xml.WriteStartElement("testsuite");
                xml.WriteAttributeString("name", XmlSafeText.Clean(suite.Key));
                xml.WriteAttributeString("tests", Count(members.Count));
                xml.WriteAttributeString("failures", Count(members.Count(c => c.Failures.Count > 0)));
                xml.WriteAttributeString("errors", "0");
                xml.WriteAttributeString("skipped", "0");
                foreach (var test in members)
                {
                    xml.WriteStartElement("testcase");
                    xml.WriteAttributeString("classname", XmlSafeText.Clean(test.Package));
                    xml.WriteAttributeString("name", XmlSafeText.Clean(test.Name));
                    xml.WriteAttributeString("file", XmlSafeText.Clean(test.File));
                    xml.WriteAttributeString("line", Count(test.Line));
                    if (test.Failures.Count > 0)
                    {
                        xml.WriteStartElement("failure");
                        xml.WriteAttributeString("message", XmlSafeText.Clean(test.Failures[0]));
                        xml.WriteAttributeString("type", "TAO7001");
                        xml.WriteString(XmlSafeText.Clean(string.Join("\n", test.Failures)));
                        xml.WriteEndElement();
                    }

                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return text.Append('\n').ToString();
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A StringWriter that says UTF-8, so the XML declaration does too.</summary>
    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding { get; } = new UTF8Encoding(false);
    }
}
