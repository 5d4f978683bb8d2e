using System.Globalization;
using Tao.Rules.Diagnostics;
using Tao.Rules.Schema;
using Tao.Rules.Units;

namespace Tao.Rules.Facts.Reading;

/// <summary>
/// Validates entities against their schema and appends them, field by field, to typed columns. Every reader (YAML,
/// JSON, JSONL, CSV) feeds it <see cref="FactNode"/>s, so every format reports the same problems the same way. A bad
/// fact is reported and left missing; an entity without a usable key, or with a key seen before, is reported and
/// dropped. The set of keys seen outlives each batch, so duplicates are found across a whole streamed file.
/// </summary>
internal sealed class FactTableBuilder
{
    private static readonly string[] EvidenceKeys = ["value", "unit", "source", "as_of"];

    private readonly EntitySchema _schema;
    private readonly FactDiagnostics _diagnostics;
    private readonly FactValueConverter _converter;
    private readonly ColumnBuilder[] _columns;
    private readonly int _keyIndex;
    private readonly Dictionary<string, int> _keyLines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _fieldIndex = new(StringComparer.Ordinal);
    private readonly int[] _givenStamp;
    private readonly int[] _storedStamp;
    private readonly int _capacity;
    private List<string> _keys;
    private Dictionary<(int Row, int Field), FactEvidence> _evidence = [];
    private RowPositions _positions;
    private int _stamp;
    private FactPosition _rowPosition;

    public FactTableBuilder(EntitySchema schema, FactDiagnostics diagnostics, int capacity = 16)
    {
        _schema = schema;
        _diagnostics = diagnostics;
        _converter = new FactValueConverter(diagnostics);
        _capacity = capacity;
        for (var i = 0; i < schema.Fields.Count; i++)
        {
            _fieldIndex.TryAdd(schema.Fields[i].Name, i);
        }

        _keyIndex = IndexOf(schema.Key);
        if (_keyIndex < 0)
        {
            throw new ArgumentException($"The schema of '{schema.Kind}' has no field for its key '{schema.Key}'.", nameof(schema));
        }

        if (schema.Fields[_keyIndex].Type == FieldType.List)
        {
            throw new ArgumentException($"The key '{schema.Key}' of '{schema.Kind}' is a list; a key must be a single value.", nameof(schema));
        }

        _columns = new ColumnBuilder[schema.Fields.Count];
        for (var i = 0; i < _columns.Length; i++)
        {
            _columns[i] = ColumnBuilder.For(schema.Fields[i], i, capacity);
        }

        _givenStamp = new int[_columns.Length];
        _storedStamp = new int[_columns.Length];
        _keys = new List<string>(capacity);
        _positions = new RowPositions(capacity);
    }

    public EntitySchema Schema => _schema;

    public FactValueConverter Converter => _converter;

    /// <summary>The rows added since the last <see cref="Build"/>.</summary>
    public int RowCount => _keys.Count;

    /// <summary>The position of a field in the schema, or -1.</summary>
    public int IndexOf(string name) => _fieldIndex.TryGetValue(name, out var index) ? index : -1;

    /// <summary>Adds one entity written as a mapping of field names to values.</summary>
    public void AddEntity(FactNode node)
    {
        if (node is not MappingNode mapping)
        {
            _diagnostics.Report(DiagnosticCatalog.InvalidFactStructure, node.Position, $"an entity must be a mapping of field names to facts; got {node.Describe()}");
            return;
        }

        BeginRow(mapping.Position);
        foreach (var entry in mapping.Entries)
        {
            var index = IndexOf(entry.Key.Text);
            if (index < 0)
            {
                _diagnostics.Report(
                    DiagnosticCatalog.UnknownFactField,
                    entry.Key.Position,
                    entry.Key.Text,
                    _schema.Kind,
                    Suggestions.DidYouMean(entry.Key.Text, _schema.Fields.Select(f => f.Name)));
                continue;
            }

            SetFact(index, entry.Key, entry.Value, columnUnit: null);
        }

        EndRow();
    }

    public void BeginRow(FactPosition position)
    {
        _stamp++;
        _rowPosition = position;
    }

    /// <summary>Sets one fact of the current row. <paramref name="columnUnit"/> is a CSV header's unit, if any.</summary>
    public void SetFact(int fieldIndex, ScalarNode name, FactNode value, Unit? columnUnit)
    {
        var field = _schema.Fields[fieldIndex];
        if (_givenStamp[fieldIndex] == _stamp)
        {
            _diagnostics.Report(DiagnosticCatalog.InvalidFactStructure, name.Position, $"the field '{field.Name}' is given more than once in this entity; the first is used");
            return;
        }

        _givenStamp[fieldIndex] = _stamp;
        var unit = columnUnit ?? field.Unit;
        string? source = null;
        DateTime? asOf = null;
        if (value is MappingNode evidenceForm)
        {
            if (!TryReadEvidenceForm(evidenceForm, field, ref value, ref unit, out source, out asOf))
            {
                return;
            }
        }

        if (value is ScalarNode { Kind: ScalarKind.Null })
        {
            // An explicit null is a missing fact, which is allowed unless the field is required.
            if (field.Required || fieldIndex == _keyIndex)
            {
                ReportMissing(field, value.Position);
            }

            return;
        }

        if (!TryStore(fieldIndex, field, value, unit))
        {
            return;
        }

        _storedStamp[fieldIndex] = _stamp;
        if (source is not null || asOf is not null)
        {
            _evidence[(_keys.Count, fieldIndex)] = new FactEvidence(source, asOf, value.Position.ToLocation(_diagnostics.Path));
        }
    }

    /// <summary>Completes the current row; false when it was dropped (no usable key, or a duplicate key).</summary>
    public bool EndRow()
    {
        var row = _keys.Count;
        string? key = null;
        if (_storedStamp[_keyIndex] == _stamp)
        {
            key = KeyText(row);
        }

        var keyField = _schema.Fields[_keyIndex];
        if (key is null)
        {
            if (_givenStamp[_keyIndex] != _stamp)
            {
                ReportMissing(keyField, _rowPosition);
            }

            DropRow(row);
            return false;
        }

        if (_keyLines.TryGetValue(key, out var firstLine))
        {
            _diagnostics.Report(DiagnosticCatalog.DuplicateEntityKey, _rowPosition, keyField.Name, key, firstLine);
            DropRow(row);
            return false;
        }

        _keyLines.Add(key, _rowPosition.Line);
        for (var i = 0; i < _columns.Length; i++)
        {
            if (_schema.Fields[i].Required && _givenStamp[i] != _stamp)
            {
                _diagnostics.Report(DiagnosticCatalog.MissingRequiredFact, _rowPosition, $"the {_schema.Kind} '{key}'", _schema.Fields[i].Name);
            }
        }

        _keys.Add(key);
        _positions.Set(row, _rowPosition);
        return true;
    }

    /// <summary>The rows added so far as a table; the builder then starts an empty batch (the keys seen are kept).</summary>
    public FactTable Build(DateTime? asOf, string? source)
    {
        var count = _keys.Count;
        var columns = new FactColumn[_columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = _columns[i].Build(count);
            _columns[i].Reset(_capacity);
        }

        _positions.Trim(count);
        var table = new FactTable(_schema, _diagnostics.Path, asOf, source, columns, _keys.ToArray(), _evidence, _positions);
        _keys = new List<string>(_capacity);
        _evidence = [];
        _positions = new RowPositions(_capacity);
        return table;
    }

    private bool TryReadEvidenceForm(MappingNode form, FieldSchema field, ref FactNode value, ref Unit unit, out string? source, out DateTime? asOf)
    {
        source = null;
        asOf = null;
        FactNode? inner = null;
        ScalarNode? unitNode = null;
        var ok = true;
        foreach (var entry in form.Entries)
        {
            switch (entry.Key.Text)
            {
                case "value":
                    inner = entry.Value;
                    break;
                case "unit":
                    unitNode = entry.Value as ScalarNode;
                    ok &= unitNode is not null || _converter.WrongType(entry.Value, field, "a value whose 'unit' is text");
                    break;
                case "source":
                    if (entry.Value is ScalarNode { Kind: ScalarKind.String or ScalarKind.Untyped } sourceNode)
                    {
                        source = sourceNode.Text;
                    }
                    else if (entry.Value is not ScalarNode { Kind: ScalarKind.Null })
                    {
                        _diagnostics.Report(DiagnosticCatalog.InvalidFactStructure, entry.Value.Position, $"the 'source' of '{field.Name}' must be text; got {entry.Value.Describe()}");
                    }

                    break;
                case "as_of":
                    if (entry.Value is ScalarNode dateNode && _converter.TryDate(dateNode, "as_of", out DateTime date))
                    {
                        asOf = date;
                    }
                    else if (entry.Value is not ScalarNode)
                    {
                        _diagnostics.Report(DiagnosticCatalog.InvalidFactValue, entry.Value.Position, $"'as_of' is {entry.Value.Describe()}, which is not a valid calendar date (expected YYYY-MM-DD)");
                    }

                    break;
                default:
                    _diagnostics.Report(
                        DiagnosticCatalog.InvalidFactStructure,
                        entry.Key.Position,
                        $"unknown key '{entry.Key.Text}' in the fact '{field.Name}'; expected value, unit, source or as_of{Suggestions.DidYouMean(entry.Key.Text, EvidenceKeys)}");
                    break;
            }
        }

        if (inner is null)
        {
            _diagnostics.Report(
                DiagnosticCatalog.InvalidFactStructure,
                form.Position,
                $"the fact '{field.Name}' is a mapping without 'value'; write {{ value: ..., unit: ..., source: ..., as_of: ... }}");
            return false;
        }

        if (inner is MappingNode)
        {
            return _converter.WrongType(inner, field, FactValueConverter.Describe(field, field.Type));
        }

        if (unitNode is not null && unitNode.Kind != ScalarKind.Null)
        {
            ok &= _converter.TryUnit(unitNode, field, out unit);
        }

        value = inner;
        return ok;
    }

    private bool TryStore(int fieldIndex, FieldSchema field, FactNode value, Unit unit)
    {
        if (field.Type == FieldType.List)
        {
            return value is SequenceNode sequence
                ? TryStoreList(fieldIndex, field, sequence, unit)
                : _converter.WrongType(value, field, "a list");
        }

        if (value is not ScalarNode scalar)
        {
            return _converter.WrongType(value, field, FactValueConverter.Describe(field, field.Type));
        }

        var row = _keys.Count;
        switch (field.Type)
        {
            case FieldType.Int or FieldType.Number:
                return Store<double>(fieldIndex, row, _converter.TryNumber(scalar, field, field.Type, unit, out var number), number);
            case FieldType.Bool:
                return Store<bool>(fieldIndex, row, _converter.TryBool(scalar, field, out var flag), flag);
            case FieldType.Date:
                return Store<int>(fieldIndex, row, _converter.TryDate(scalar, field, out var day), day);
            case FieldType.Enum:
                return Store<int>(fieldIndex, row, _converter.TryEnum(scalar, field, out var ordinal), ordinal);
            default:
                return Store<string>(fieldIndex, row, _converter.TryString(scalar, field, out var text), text);
        }
    }

    // One loop per element type rather than a delegate per element: no closure is allocated per fact.
    private bool TryStoreList(int fieldIndex, FieldSchema field, SequenceNode sequence, Unit unit)
    {
        var row = _keys.Count;
        var items = sequence.Items;
        var ok = true;
        var elementType = field.ElementType ?? FieldType.String;
        switch (elementType)
        {
            case FieldType.Int or FieldType.Number:
            {
                var values = new double[items.Count];
                for (var i = 0; i < values.Length; i++)
                {
                    ok &= TryElement(items[i], field, elementType, out var item) && _converter.TryNumber(item, field, elementType, unit, out values[i]);
                }

                return Store(fieldIndex, row, ok, values);
            }

            case FieldType.Bool:
            {
                var values = new bool[items.Count];
                for (var i = 0; i < values.Length; i++)
                {
                    ok &= TryElement(items[i], field, elementType, out var item) && _converter.TryBool(item, field, out values[i]);
                }

                return Store(fieldIndex, row, ok, values);
            }

            case FieldType.Date or FieldType.Enum:
            {
                var values = new int[items.Count];
                for (var i = 0; i < values.Length; i++)
                {
                    ok &= TryElement(items[i], field, elementType, out var item)
                        && (elementType == FieldType.Date ? _converter.TryDate(item, field, out values[i]) : _converter.TryEnum(item, field, out values[i]));
                }

                return Store(fieldIndex, row, ok, values);
            }

            default:
            {
                var values = new string[items.Count];
                for (var i = 0; i < values.Length; i++)
                {
                    ok &= TryElement(items[i], field, elementType, out var item) && _converter.TryString(item, field, out values[i]);
                }

                return Store(fieldIndex, row, ok, values);
            }
        }
    }

    private bool TryElement(FactNode node, FieldSchema field, FieldType elementType, out ScalarNode scalar)
    {
        if (node is ScalarNode { Kind: not ScalarKind.Null } item)
        {
            scalar = item;
            return true;
        }

        scalar = null!;
        return _converter.WrongType(node, field, "a list of " + FactValueConverter.Describe(field, elementType));
    }

    private bool Store<T>(int fieldIndex, int row, bool ok, T value)
    {
        if (ok)
        {
            ((ColumnBuilder<T>)_columns[fieldIndex]).Set(row, value);
        }

        return ok;
    }

    private string KeyText(int row)
    {
        var column = _columns[_keyIndex];
        var field = _schema.Fields[_keyIndex];
        return field.Type switch
        {
            FieldType.Int or FieldType.Number => ((ColumnBuilder<double>)column).Peek(row).ToString("R", CultureInfo.InvariantCulture),
            FieldType.Date => FactDates.Format(FactDates.FromDayNumber(((ColumnBuilder<int>)column).Peek(row))),
            FieldType.Enum => field.EnumValues[((ColumnBuilder<int>)column).Peek(row)],
            FieldType.Bool => ((ColumnBuilder<bool>)column).Peek(row) ? "true" : "false",
            _ => ((ColumnBuilder<string>)column).Peek(row),
        };
    }

    private void ReportMissing(FieldSchema field, FactPosition position) =>
        _diagnostics.Report(DiagnosticCatalog.MissingRequiredFact, position, $"this {_schema.Kind}", field.Name);

    private void DropRow(int row)
    {
        for (var i = 0; i < _columns.Length; i++)
        {
            if (_storedStamp[i] == _stamp)
            {
                _columns[i].Clear(row);
            }

            _evidence.Remove((row, i));
        }
    }
}
