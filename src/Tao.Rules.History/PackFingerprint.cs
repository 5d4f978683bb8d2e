using System.Globalization;
using System.Text;
using Tao.Rules.Binding;
using Tao.Rules.Schema;
using Tao.Rules.Text;

namespace Tao.Rules.History;

/// <summary>
/// What identifies the text a pack was evaluated with: the digest of its rule file, and the digest of the schema it
/// was bound to. A change of either can change outcomes; a change of neither (and of the params) cannot.
/// </summary>
public static class PackFingerprint
{
    /// <summary>
    /// SHA-256 of the pack's rule file (<c>*.rules</c> or <c>*.rules.yaml</c>) as read, line ends normalised to LF
    /// (<see cref="ContentHash.Of"/>).
    /// </summary>
    public static string SourceSha256(BoundPackage package) => ContentHash.Of(package.Tree.Text.Content);

    /// <summary>
    /// SHA-256 of the schema in a canonical form: kind, key, then each field's name, type, element type, unit, whether
    /// it is required and its enum values, in declaration order. Descriptions and layout do not count, so the shipped
    /// schema and an identical schema file hash the same.
    /// </summary>
    public static string SchemaSha256(BoundPackage package) => ContentHash.Of(Canonical(package.Schema));

    internal static string Canonical(EntitySchema? schema)
    {
        if (schema is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        text.Append("kind ").Append(schema.Kind).Append('\n');
        text.Append("key ").Append(schema.Key).Append('\n');
        foreach (var field in schema.Fields)
        {
            text.Append(CultureInfo.InvariantCulture, $"field {field.Name} {field.Type} {field.ElementType?.ToString() ?? "-"} {field.UnitText ?? "-"} {(field.Required ? "required" : "optional")} [{string.Join(",", field.EnumValues)}]\n");
        }

        return text.ToString();
    }
}
