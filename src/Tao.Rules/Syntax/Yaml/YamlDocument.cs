namespace Tao.Rules.Syntax.Yaml;

/// <summary>The one document of a YAML file, as far as it could be read.</summary>
internal sealed class YamlDocument(YamlNode? root, bool isComplete)
{
    /// <summary>The root node, or null for a file with no content.</summary>
    public YamlNode? Root { get; } = root;

    /// <summary>
    /// False when the YAML was invalid part-way: <see cref="Root"/> then holds only what came before the error, so a
    /// key that seems missing may just be after it, and the front ends do not report missing keys.
    /// </summary>
    public bool IsComplete { get; } = isComplete;
}
