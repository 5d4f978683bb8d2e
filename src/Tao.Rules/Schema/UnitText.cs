using Tao.Rules.Diagnostics;
using Tao.Rules.Syntax.Yaml;
using Tao.Rules.Text;
using Tao.Rules.Units;

namespace Tao.Rules.Schema;

/// <summary>Reads a unit written as a YAML value; an unknown part is TAO1005 at that part's exact place.</summary>
internal static class UnitText
{
    public static Unit? Read(YamlScalar scalar, YamlReadContext context)
    {
        if (UnitParser.TryParse(scalar.Value, out var unit, out _))
        {
            return unit;
        }

        var text = ScalarSourceMap.Embed(scalar);
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '/' && text[i] != '*')
            {
                continue;
            }

            var atom = text.Content.Substring(start, i - start);
            var trimmed = atom.Trim();
            if (!UnitRegistry.TryGetAtom(trimmed, out _))
            {
                var leading = atom.Length - atom.TrimStart().Length;
                var span = trimmed.Length == 0
                    ? new SourceSpan(text, 0, text.Length)
                    : new SourceSpan(text, start + leading, trimmed.Length);
                var name = trimmed.Length == 0 ? text.Content : trimmed;
                var hint = trimmed.Length == 0 ? " (a part of it is empty)" : Suggestions.DidYouMean(trimmed, UnitRegistry.Names);
                context.Report(DiagnosticCatalog.UnknownUnit, span, name, hint);
                return null;
            }

            start = i + 1;
        }

        // TryParse failed yet every atom is known: cannot happen, but never accept a unit it rejected.
        context.Report(DiagnosticCatalog.UnknownUnit, scalar, scalar.Value, string.Empty);
        return null;
    }
}
