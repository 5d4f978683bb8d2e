using Tao.Rules.Diagnostics;
using Tao.Rules.Text;

namespace Tao.Rules.Syntax.Yaml;

/// <summary>The top level of a <c>*.rules.yaml</c> file: the package header, then params, lets, rules and tests.</summary>
internal static class YamlRuleFileReader
{
    private static readonly string[] FileKeys =
        ["package", "title", "applies_to", "jurisdiction", "version", "effective", "params", "lets", "rules", "tests"];

    public static CompilationUnitSyntax Read(YamlNode? root, YamlReadContext context)
    {
        var fileSpan = new SourceSpan(context.Text, 0, context.Text.Length);
        switch (root)
        {
            case YamlMapping mapping:
                return Read(mapping, context, fileSpan);
            case null or YamlScalar { IsNull: true }:
                if (context.ReportsMissingKeys)
                {
                    context.Report(DiagnosticCatalog.MissingKey, new SourceSpan(context.Text, 0, 0), "package", "the rule file");
                }

                break;
            case YamlRejected:
                break;
            default:
                context.Report(DiagnosticCatalog.WrongValueKind, root, "rule file", "a mapping with package, rules and tests, not " + root.KindText);
                break;
        }

        return new CompilationUnitSyntax(null, [], [], fileSpan);
    }

    private static CompilationUnitSyntax Read(YamlMapping mapping, YamlReadContext context, SourceSpan fileSpan)
    {
        var keys = YamlMappingKeys.Check(mapping, context, "the rule file", FileKeys);
        var packageEntry = keys.Require("package");
        var name = packageEntry is null
            ? null
            : YamlClauses.Name(packageEntry, context, YamlNames.IsPackageName, "package name", YamlNames.PackageNameRule);

        var clauses = new List<ClauseSyntax>();
        var members = new List<MemberDeclarationSyntax>();
        var headerSpan = packageEntry?.Span;
        foreach (var entry in keys.Known)
        {
            if (!HeaderKeys.Contains(entry.Key.Value, StringComparer.Ordinal))
            {
                ReadMembers(entry, context, members);
            }
            else if (HeaderClause(entry, context) is { } clause)
            {
                clauses.Add(clause);
                headerSpan = headerSpan?.Cover(clause.Span) ?? clause.Span;
            }
        }

        var package = name is null || headerSpan is null
            ? null
            : new PackageDeclarationSyntax(new QualifiedNameSyntax(name.Value, name.Span), clauses, headerSpan.Value);
        return new CompilationUnitSyntax(package, members, [], fileSpan);
    }

    private static readonly string[] HeaderKeys = ["title", "applies_to", "jurisdiction", "version", "effective"];

    /// <summary>A clause of the package header (title, applies_to, jurisdiction, version, effective), or null.</summary>
    private static ClauseSyntax? HeaderClause(YamlEntry entry, YamlReadContext context) =>
        entry.Key.Value switch
        {
            "title" => YamlClauses.Text(entry, context) is { } title ? new TitleClauseSyntax(title, entry.Span) : null,
            "applies_to" => YamlClauses.Name(entry, context, YamlNames.IsIdentifier, "entity kind", YamlNames.IdentifierRule) is { } kind
                ? new AppliesToClauseSyntax(new IdentifierSyntax(kind.Value, kind.Span), entry.Span)
                : null,
            "jurisdiction" => YamlClauses.Name(entry, context, YamlNames.IsJurisdiction, "jurisdiction code", YamlNames.JurisdictionRule) is { } code
                ? new JurisdictionClauseSyntax(new IdentifierSyntax(code.Value, code.Span), entry.Span)
                : null,
            "version" => YamlClauses.Text(entry, context) is { } version ? new VersionClauseSyntax(version, entry.Span) : null,
            "effective" => YamlClauses.Effective(entry, context),
            _ => null,
        };

    /// <summary>The declarations under <c>params</c>, <c>lets</c>, <c>rules</c> or <c>tests</c>.</summary>
    private static void ReadMembers(YamlEntry entry, YamlReadContext context, List<MemberDeclarationSyntax> members)
    {
        switch (entry.Key.Value)
        {
            case "params":
                ReadDeclarations(entry, context, members, (id, value, span) => new ParamDeclarationSyntax(id, value, span));
                break;
            case "lets":
                ReadDeclarations(entry, context, members, (id, value, span) => new LetDeclarationSyntax(id, value, span));
                break;
            case "rules":
                foreach (var item in YamlValues.Items(entry, context, "a list of rules"))
                {
                    if (YamlValues.Mapping(item, "rules", context, "a list of rules (mappings with id, severity, when, require...)") is { } rule
                        && YamlRuleReader.Read(rule, context) is { } declaration)
                    {
                        members.Add(declaration);
                    }
                }

                break;
            case "tests":
                foreach (var item in YamlValues.Items(entry, context, "a list of tests"))
                {
                    if (YamlValues.Mapping(item, "tests", context, "a list of tests (mappings with name, given, expect)") is { } test
                        && YamlTestReader.Read(test, context) is { } declaration)
                    {
                        members.Add(declaration);
                    }
                }

                break;
        }
    }

    /// <summary><c>params</c> and <c>lets</c>: a mapping of name to expression.</summary>
    private static void ReadDeclarations(
        YamlEntry entry,
        YamlReadContext context,
        List<MemberDeclarationSyntax> members,
        Func<IdentifierSyntax, ExpressionSyntax, SourceSpan, MemberDeclarationSyntax> create)
    {
        var mapping = YamlValues.OptionalMapping(entry, context, "a mapping of name to expression, such as min_handlers: 3");
        if (mapping is null)
        {
            return;
        }

        var keys = YamlMappingKeys.Check(mapping, context, $"'{entry.Key.Value}'", [], allowOtherKeys: true);
        foreach (var declaration in keys.Others)
        {
            var name = declaration.Key.Value;
            var validName = YamlNames.IsIdentifier(name);
            if (!validName)
            {
                context.Report(DiagnosticCatalog.InvalidValue, declaration.Key, name, entry.Key.Value == "params" ? "param name" : "let name", YamlNames.IdentifierRule);
            }

            var value = YamlClauses.Expression(declaration, context);
            if (validName && value is not null)
            {
                members.Add(create(new IdentifierSyntax(name, declaration.Key.Span), value, declaration.Span));
            }
        }
    }
}
