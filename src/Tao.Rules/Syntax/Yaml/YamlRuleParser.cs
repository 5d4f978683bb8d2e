using Tao.Rules.Diagnostics;
using Tao.Rules.Text;

namespace Tao.Rules.Syntax.Yaml;

/// <summary>
/// Reads the YAML surface of the language (<c>*.rules.yaml</c>, DESIGN.md §4) into the same syntax tree the DSL
/// parser builds. Structure mistakes are TAO2xxx; expressions go through the DSL's grammar and report at their true
/// place in the YAML file. Every independent mistake is reported, and nothing here throws.
/// </summary>
public static class YamlRuleParser
{
    /// <summary>
    /// Parses a whole <c>*.rules.yaml</c> file. The tree holds every declaration that could be read; its
    /// <see cref="RuleSyntaxTree.Language"/> is <see cref="SourceLanguage.Yaml"/>.
    /// </summary>
    public static RuleSyntaxTree Parse(SourceText text)
    {
        var diagnostics = new DiagnosticBag();
        CompilationUnitSyntax root;
        try
        {
            var document = YamlDocumentReader.Read(text, diagnostics);
            var context = new YamlReadContext(text, diagnostics, document.IsComplete);
            root = YamlRuleFileReader.Read(document.Root, context);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug here must not take the host down; it is reported like any other problem in the file.
            diagnostics.Add(DiagnosticCatalog.SyntaxError, text.GetLocation(0, 0), $"the YAML reader failed unexpectedly ({e.GetType().Name}: {e.Message}); please report this file");
            root = new CompilationUnitSyntax(null, [], [], new SourceSpan(text, 0, text.Length));
        }

        return new RuleSyntaxTree(text, SourceLanguage.Yaml, root, diagnostics.ToSortedList());
    }
}
