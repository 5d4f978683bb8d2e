namespace Tao.Rules;

/// <summary>What a file is, told by its name: a DSL rule file, a YAML rule file or an entity schema.</summary>
public enum RuleFileKind
{
    None,
    DslRules,
    YamlRules,
    Schema,
}

public static class RuleFileKinds
{
    public const string DslExtension = ".rules";
    public const string YamlExtension = ".rules.yaml";
    public const string SchemaExtension = ".schema.yaml";

    /// <summary>The kind of a file from its name (ordinal, case-insensitive suffixes).</summary>
    public static RuleFileKind Classify(string path)
    {
        if (path.EndsWith(SchemaExtension, StringComparison.OrdinalIgnoreCase))
        {
            return RuleFileKind.Schema;
        }

        if (path.EndsWith(YamlExtension, StringComparison.OrdinalIgnoreCase))
        {
            return RuleFileKind.YamlRules;
        }

        return path.EndsWith(DslExtension, StringComparison.OrdinalIgnoreCase) ? RuleFileKind.DslRules : RuleFileKind.None;
    }
}
