using Tao.Rules.Diagnostics;
using Tao.Rules.Syntax.Yaml;
using Tao.Rules.Units;

namespace Tao.Rules.Schema;

/// <summary>Reads one entry of a schema's <c>fields</c> and checks that its type, unit, values and items fit together.</summary>
internal static class FieldSchemaReader
{
    private static readonly string[] FieldKeys = ["type", "unit", "required", "description", "values", "items"];

    private static readonly Dictionary<string, FieldType> TypeNames = new(StringComparer.Ordinal)
    {
        ["string"] = FieldType.String,
        ["int"] = FieldType.Int,
        ["number"] = FieldType.Number,
        ["bool"] = FieldType.Bool,
        ["date"] = FieldType.Date,
        ["enum"] = FieldType.Enum,
        ["list"] = FieldType.List,
    };

    /// <summary>The element types a list may have: scalars only, so that a list never nests.</summary>
    private static readonly string[] ItemTypeNames = ["string", "int", "number", "bool", "date"];

    public static FieldSchema? Read(YamlEntry entry, YamlReadContext context)
    {
        var name = entry.Key.Value;
        var valid = true;
        if (!YamlNames.IsFieldName(name))
        {
            context.Report(DiagnosticCatalog.InvalidValue, entry.Key, name, "field name", YamlNames.FieldNameRule);
            valid = false;
        }

        var mapping = YamlValues.Mapping(entry, context, "a mapping such as { type: number, unit: USD }");
        if (mapping is null)
        {
            return null;
        }

        var keys = YamlMappingKeys.Check(mapping, context, $"field '{name}'", FieldKeys);
        var typeEntry = keys.Require("type");
        var type = typeEntry is null ? null : ReadType(typeEntry, context, TypeNames.Keys.ToArray(), "type", name);
        var required = keys["required"] is { } requiredEntry && YamlValues.Scalar(requiredEntry, context, "true or false") is { } requiredScalar
            ? YamlValues.Boolean(requiredScalar, context, "value of 'required'")
            : false;
        var description = keys["description"] is { } descriptionEntry ? YamlValues.Scalar(descriptionEntry, context, "a text")?.Value : null;
        var unit = keys["unit"] is { } unitEntry ? ReadUnit(unitEntry, type, name, context) : Unit.None;
        var values = ReadEnumValues(keys, type, name, context, ref valid);
        var elementType = ReadItems(keys, type, name, context, ref valid);

        if (type is null || unit is null || required is null || !valid)
        {
            return null;
        }

        return new FieldSchema(name, type.Value, unit, required.Value, description, values, elementType, entry.Key.Span.GetLocation());
    }

    private static FieldType? ReadType(YamlEntry entry, YamlReadContext context, IReadOnlyList<string> allowed, string what, string field)
    {
        var scalar = YamlValues.Scalar(entry, context, "a type name");
        if (scalar is null)
        {
            return null;
        }

        if (allowed.Contains(scalar.Value, StringComparer.Ordinal))
        {
            return TypeNames[scalar.Value];
        }

        var suggestion = Suggestions.Closest(scalar.Value, allowed);
        var hint = suggestion is null ? string.Empty : $"did you mean '{suggestion}'? ";
        context.Report(
            DiagnosticCatalog.InvalidSchema,
            scalar,
            $"unknown {what} '{scalar.Value}' for field '{field}'; {hint}expected {Words.OneOf(allowed)}");
        return null;
    }

    private static Unit? ReadUnit(YamlEntry entry, FieldType? type, string field, YamlReadContext context)
    {
        var scalar = YamlValues.Scalar(entry, context, "a unit such as USD, TAO/block or \"%\"");
        if (scalar is null)
        {
            return null;
        }

        if (type is FieldType.String or FieldType.Bool or FieldType.Date or FieldType.Enum)
        {
            context.Report(DiagnosticCatalog.InvalidSchema, entry.Key, $"field '{field}' is {Article(type.Value)} and cannot have a unit; only int, number and list fields can");
            return null;
        }

        return UnitText.Read(scalar, context);
    }

    private static IReadOnlyList<string> ReadEnumValues(YamlMappingKeys keys, FieldType? type, string field, YamlReadContext context, ref bool valid)
    {
        var entry = keys["values"];
        if (entry is null)
        {
            if (type == FieldType.Enum)
            {
                context.Report(DiagnosticCatalog.InvalidSchema, keys["type"]!.Value, $"enum field '{field}' declares no values; list them under 'values'");
                valid = false;
            }

            return [];
        }

        if (type is not null && type != FieldType.Enum)
        {
            context.Report(DiagnosticCatalog.InvalidSchema, entry.Key, $"'values' belongs to enum fields, and field '{field}' is {Article(type.Value)}");
            valid = false;
            return [];
        }

        var values = new List<string>();
        foreach (var item in YamlValues.Items(entry, context, "a list of the enum's values"))
        {
            if (item is not YamlScalar { IsNull: false } scalar)
            {
                if (item is not YamlRejected)
                {
                    context.Report(DiagnosticCatalog.WrongValueKind, item, "values", "a list of single values; this item is " + YamlValues.Describe(item));
                }

                valid = false;
                continue;
            }

            if (values.Contains(scalar.Value, StringComparer.Ordinal))
            {
                context.Report(DiagnosticCatalog.InvalidSchema, scalar, $"enum field '{field}' lists the value '{scalar.Value}' twice");
                valid = false;
                continue;
            }

            values.Add(scalar.Value);
        }

        if (values.Count == 0 && type == FieldType.Enum && valid)
        {
            context.Report(DiagnosticCatalog.InvalidSchema, entry.Value is YamlScalar ? entry.Key : entry.Value, $"enum field '{field}' declares no values; list them under 'values'");
            valid = false;
        }

        return values;
    }

    private static FieldType? ReadItems(YamlMappingKeys keys, FieldType? type, string field, YamlReadContext context, ref bool valid)
    {
        var entry = keys["items"];
        if (entry is null)
        {
            if (type == FieldType.List)
            {
                context.Report(DiagnosticCatalog.InvalidSchema, keys["type"]!.Value, $"list field '{field}' does not say what it holds; add 'items' ({Words.OneOf(ItemTypeNames)})");
                valid = false;
            }

            return null;
        }

        if (type is not null && type != FieldType.List)
        {
            context.Report(DiagnosticCatalog.InvalidSchema, entry.Key, $"'items' belongs to list fields, and field '{field}' is {Article(type.Value)}");
            valid = false;
            return null;
        }

        var itemType = ReadType(entry, context, ItemTypeNames, "item type", field);
        valid &= itemType is not null;
        return itemType;
    }

    private static string Article(FieldType type) => type switch
    {
        FieldType.Int => "an int",
        FieldType.Enum => "an enum",
        _ => "a " + type.ToString().ToLowerInvariant(),
    };
}
