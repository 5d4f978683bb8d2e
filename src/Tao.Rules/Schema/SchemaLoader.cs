using System.Globalization;
using Tao.Rules.Diagnostics;
using Tao.Rules.Syntax.Yaml;
using Tao.Rules.Text;

namespace Tao.Rules.Schema;

/// <summary>
/// Reads a <c>*.schema.yaml</c> file (DESIGN.md §5): <c>kind</c>, <c>key</c>, <c>description</c> and <c>fields</c>,
/// each field with <c>type</c>, <c>unit</c>, <c>required</c>, <c>description</c>, <c>values</c> (enum) and
/// <c>items</c> (list). Structure mistakes are TAO2xxx, meaning mistakes TAO3010, unknown units TAO1005.
/// </summary>
public static class SchemaLoader
{
    private static readonly string[] SchemaKeys = ["kind", "key", "description", "fields"];

    /// <summary>
    /// The schema in <paramref name="text"/>, with every mistake in <paramref name="diagnostics"/>. Fields with a
    /// mistake are left out; null when the file does not even say which kind it declares. Never throws.
    /// </summary>
    public static EntitySchema? Load(SourceText text, DiagnosticBag diagnostics)
    {
        try
        {
            return LoadDocument(text, diagnostics);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug here must not take the host down; it is reported like any other problem in the file.
            diagnostics.Add(DiagnosticCatalog.InvalidSchema, text.GetLocation(0, 0), $"the schema reader failed unexpectedly ({e.GetType().Name}: {e.Message}); please report this file");
            return null;
        }
    }

    private static EntitySchema? LoadDocument(SourceText text, DiagnosticBag diagnostics)
    {
        var document = YamlDocumentReader.Read(text, diagnostics);
        var context = new YamlReadContext(text, diagnostics, document.IsComplete);
        switch (document.Root)
        {
            case null or YamlScalar { IsNull: true }:
                if (context.ReportsMissingKeys)
                {
                    context.Report(DiagnosticCatalog.MissingKey, new SourceSpan(text, 0, 0), "kind", "the schema");
                }

                return null;
            case YamlMapping root:
                return Read(root, context);
            case YamlRejected:
                return null;
            default:
                context.Report(DiagnosticCatalog.WrongValueKind, document.Root, "schema", "a mapping with kind, key and fields, not " + YamlValues.Describe(document.Root));
                return null;
        }
    }

    /// <summary>
    /// The schemas of several files, then <paramref name="fallback"/> (the shipped schemas unless given) for every kind
    /// none of them declares (DESIGN.md §5). A kind declared by two of the files is TAO3010 at the second; the first
    /// counts.
    /// </summary>
    public static SchemaSet LoadAll(IEnumerable<SourceText> files, DiagnosticBag diagnostics, SchemaSet? fallback = null)
    {
        var schemas = new List<EntitySchema>();
        foreach (var file in files)
        {
            if (Load(file, diagnostics) is not { } schema)
            {
                continue;
            }

            if (schemas.FirstOrDefault(s => string.Equals(s.Kind, schema.Kind, StringComparison.Ordinal)) is { } first)
            {
                var where = first.Location;
                diagnostics.Add(
                    DiagnosticCatalog.InvalidSchema,
                    schema.Location,
                    $"the kind '{schema.Kind}' is already declared in {where.Path}({where.StartPosition.Line.ToString(CultureInfo.InvariantCulture)},{where.StartPosition.Column.ToString(CultureInfo.InvariantCulture)}); this schema is ignored");
                continue;
            }

            schemas.Add(schema);
        }

        return new SchemaSet(schemas).WithFallback(fallback ?? ShippedSchemas.Load());
    }

    private static EntitySchema? Read(YamlMapping root, YamlReadContext context)
    {
        var keys = YamlMappingKeys.Check(root, context, "the schema", SchemaKeys);
        var kindEntry = keys.Require("kind");
        var keyEntry = keys.Require("key");
        var fieldsEntry = keys.Require("fields");

        var kind = kindEntry is null ? null : YamlValues.Scalar(kindEntry, context, "an entity kind name such as asset");
        if (kind is not null && !YamlNames.IsIdentifier(kind.Value))
        {
            context.Report(DiagnosticCatalog.InvalidValue, kind, kind.Value, "entity kind", YamlNames.IdentifierRule);
            kind = null;
        }

        var description = keys["description"] is { } descriptionEntry ? YamlValues.Scalar(descriptionEntry, context, "a text") : null;

        var fields = new List<FieldSchema>();
        var declared = new List<string>();
        var fieldsMapping = fieldsEntry is null ? null : YamlValues.Mapping(fieldsEntry, context, "a mapping of field name to its type");
        if (fieldsMapping is not null)
        {
            var fieldKeys = YamlMappingKeys.Check(fieldsMapping, context, "'fields'", [], allowOtherKeys: true);
            foreach (var entry in fieldKeys.Others)
            {
                declared.Add(entry.Key.Value);
                if (FieldSchemaReader.Read(entry, context) is { } field)
                {
                    fields.Add(field);
                }
            }
        }

        var key = keyEntry is null ? null : YamlValues.Scalar(keyEntry, context, "the name of the field that identifies an entity");
        if (key is not null && fieldsMapping is not null && !declared.Contains(key.Value, StringComparer.Ordinal))
        {
            context.Report(
                DiagnosticCatalog.InvalidSchema,
                key,
                $"the key '{key.Value}' names no field of this schema{Suggestions.DidYouMean(key.Value, declared)}");
        }

        if (kind is null)
        {
            return null;
        }

        return new EntitySchema(kind.Value, key?.Value ?? string.Empty, fields, kind.Span.GetLocation(), description?.Value);
    }
}
