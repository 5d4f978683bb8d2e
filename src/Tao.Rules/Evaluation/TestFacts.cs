using Tao.Rules.Binding;
using Tao.Rules.Facts;
using Tao.Rules.Facts.Reading;
using Tao.Rules.Schema;

namespace Tao.Rules.Evaluation;

/// <summary>Turns the <c>given</c> entities of a rule test into an in-memory <see cref="FactTable"/> (the test's whole population).</summary>
internal static class TestFacts
{
    public static FactTable Build(BoundTest test, EntitySchema schema, string path, DateTime asOf)
    {
        var entities = test.Entities.Where(e => e.Schema is not null && string.Equals(e.Schema.Kind, schema.Kind, StringComparison.Ordinal)).ToList();
        var builders = new ColumnBuilder[schema.Fields.Count];
        for (var i = 0; i < builders.Length; i++)
        {
            builders[i] = ColumnBuilder.For(schema.Fields[i], i, Math.Max(1, entities.Count));
        }

        var keys = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var positions = new RowPositions(Math.Max(1, entities.Count));
        for (var row = 0; row < entities.Count; row++)
        {
            var entity = entities[row];
            var key = entity.Key ?? $"#{row + 1}";
            while (!seen.Add(key))
            {
                key += "'";
            }

            keys.Add(key);
            var location = entity.Syntax.Span.GetLocation();
            positions.Set(row, new FactPosition(location.Start, location.Length, location.StartPosition.Line, location.StartPosition.Column));
            foreach (var value in entity.Values)
            {
                var index = IndexOf(schema, value.Field.Name);
                if (index >= 0)
                {
                    Store(builders[index], schema.Fields[index], row, value.Value);
                }
            }
        }

        var columns = builders.Select(b => b.Build(keys.Count)).ToArray();
        positions.Trim(keys.Count);
        return new FactTable(schema, path, asOf, null, columns, keys.ToArray(), [], positions);
    }

    private static int IndexOf(EntitySchema schema, string name)
    {
        for (var i = 0; i < schema.Fields.Count; i++)
        {
            if (string.Equals(schema.Fields[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static void Store(ColumnBuilder builder, FieldSchema field, int row, ConstantValue value)
    {
        switch (builder)
        {
            case ColumnBuilder<double> numbers when value.Kind == TypeKind.Number:
                numbers.Set(row, value.Number);
                break;
            case ColumnBuilder<bool> bools when value.Kind == TypeKind.Bool:
                bools.Set(row, value.Boolean);
                break;
            case ColumnBuilder<int> ints when field.Type == FieldType.Date && value.Kind == TypeKind.Date:
                ints.Set(row, FactDates.ToDayNumber(value.Date));
                break;
            case ColumnBuilder<int> ints when field.Type == FieldType.Enum && value.Text is not null:
                var ordinal = IndexOfValue(field.EnumValues, value.Text);
                if (ordinal >= 0)
                {
                    ints.Set(row, ordinal);
                }

                break;
            case ColumnBuilder<string> strings when value.Kind == TypeKind.String:
                strings.Set(row, value.Text!);
                break;
            case ColumnBuilder<double[]> list when value.Items is not null:
                list.Set(row, value.Items.Select(i => i.Number).ToArray());
                break;
            case ColumnBuilder<bool[]> list when value.Items is not null:
                list.Set(row, value.Items.Select(i => i.Boolean).ToArray());
                break;
            case ColumnBuilder<string[]> list when value.Items is not null:
                list.Set(row, value.Items.Select(i => i.Text ?? string.Empty).ToArray());
                break;
            case ColumnBuilder<int[]> list when value.Items is not null:
                list.Set(row, field.ElementType == FieldType.Enum
                    ? value.Items.Select(i => IndexOfValue(field.EnumValues, i.Text ?? string.Empty)).Where(i => i >= 0).ToArray()
                    : value.Items.Select(i => FactDates.ToDayNumber(i.Date)).ToArray());
                break;
        }
    }

    private static int IndexOfValue(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (string.Equals(values[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
