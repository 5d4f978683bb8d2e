namespace Tao.Rules.Diagnostics;

/// <summary>The id range a diagnostic belongs to (DESIGN.md §6).</summary>
public enum DiagnosticCategory
{
    /// <summary>TAO1xxx: the text of a rule file and the DSL grammar.</summary>
    Syntax,

    /// <summary>TAO2xxx: the structure of YAML rule and schema files.</summary>
    Yaml,

    /// <summary>TAO3xxx: names, types and units.</summary>
    Binding,

    /// <summary>TAO4xxx: rule hygiene.</summary>
    Hygiene,

    /// <summary>TAO6xxx: fact files and waivers.</summary>
    Facts,

    /// <summary>TAO7xxx: the test blocks of rule packages.</summary>
    RuleTests,

    /// <summary>TAO8xxx: report templates and report output.</summary>
    Reports,
}
