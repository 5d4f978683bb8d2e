using System.Runtime.CompilerServices;
using Tao.Rules.Binding;
using Tao.Rules.Facts;
using Tao.Rules.Schema;

namespace Tao.Rules.Evaluation;

/// <summary>
/// The state of one evaluation of one pack over one fact table: the typed columns (indexed by the pack schema's field
/// positions, for compiled code), the params, the let values of every entity and the population aggregates. Written
/// while the run is computed, read-only afterwards (explanations read it from any thread).
/// </summary>
internal sealed class EvaluationRun
{
    private static readonly ulong[] NoPresence = [];

    public EvaluationRun(CompiledPack pack, FactTable facts, DateTime asOf, RuntimeValue[] @params)
    {
        Pack = pack;
        Facts = facts;
        AsOf = asOf.Date;
        AsOfDay = FactDates.ToDayNumber(asOf);
        Params = @params;
        ParamNumbers = @params.Select(p => p.NumberOrNaN).ToArray();
        ParamTruths = @params.Select(p => p.Truth).ToArray();
        ParamTexts = @params.Select(p => p.Text).ToArray();
        RowCount = facts.RowCount;
        Rows = facts.RowCount;

        var fields = pack.Fields;
        Numbers = new double[fields.Count][];
        Ints = new int[fields.Count][];
        Bools = new bool[fields.Count][];
        Strings = new string[fields.Count][];
        Lists = new Array[fields.Count][];
        Presence = new ulong[fields.Count][];
        TableFieldIndex = new int[fields.Count];
        for (var i = 0; i < fields.Count; i++)
        {
            var index = facts.GetFieldIndex(fields[i].Name);
            TableFieldIndex[i] = index;
            var column = index >= 0 ? facts.GetColumn(index) : null;
            if (column is null || column.ValueType != FactColumn.StorageType(fields[i]))
            {
                // A fact table read with another version of the schema: the field is missing for every entity.
                TableFieldIndex[i] = -1;
                Presence[i] = new ulong[(RowCount + 63) / 64];
                Numbers[i] = new double[RowCount];
                Ints[i] = new int[RowCount];
                Bools[i] = new bool[RowCount];
                Strings[i] = new string[RowCount];
                Lists[i] = new Array[RowCount];
                continue;
            }

            Presence[i] = column.PresenceBits.Length == 0 ? NoPresence : column.PresenceBits;
            switch (column)
            {
                case FactColumn<double> numbers: Numbers[i] = numbers.Items; break;
                case FactColumn<int> ints: Ints[i] = ints.Items; break;
                case FactColumn<bool> bools: Bools[i] = bools.Items; break;
                case FactColumn<string> strings: Strings[i] = strings.Items; break;
                case FactColumn<double[]> list: Lists[i] = list.Items; break;
                case FactColumn<int[]> list: Lists[i] = list.Items; break;
                case FactColumn<bool[]> list: Lists[i] = list.Items; break;
                case FactColumn<string[]> list: Lists[i] = list.Items; break;
            }
        }

        Lets = new RuntimeValue[pack.Package.Lets.Count][];
        for (var i = 0; i < Lets.Length; i++)
        {
            Lets[i] = new RuntimeValue[RowCount];
        }

        Aggregates = new AggregateState[pack.Package.Aggregates.Count];
        Interpreter = new Interpreter(this, trace: null);
    }

    public CompiledPack Pack { get; }

    public FactTable Facts { get; }

    public DateTime AsOf { get; }

    public int RowCount { get; }

    // Public fields: compiled expression trees read them directly.
    public readonly int Rows;
    public readonly double AsOfDay;

    /// <summary>The row a compiled rule group is on; after a rule error, where to resume.</summary>
    public int GroupRow;
    public readonly RuntimeValue[] Params;
    public readonly double[] ParamNumbers;
    public readonly int[] ParamTruths;
    public readonly string?[] ParamTexts;
    public readonly double[][] Numbers;
    public readonly int[][] Ints;
    public readonly bool[][] Bools;
    public readonly string[][] Strings;
    public readonly Array[][] Lists;
    public readonly ulong[][] Presence;
    public readonly int[] TableFieldIndex;
    public readonly RuntimeValue[][] Lets;
    public readonly AggregateState[] Aggregates;

    /// <summary>The bulk interpreter of this run (no trace); used by interpreted conditions on the run's thread.</summary>
    public Interpreter Interpreter { get; }

    public bool IsPresent(int field, int row) => (Presence[field][row >> 6] & (1UL << (row & 63))) != 0;

    /// <summary>A field of the entity in <paramref name="row"/> as a runtime value (lists are converted; they allocate).</summary>
    public RuntimeValue ReadField(int field, int row)
    {
        if (!IsPresent(field, row))
        {
            return RuntimeValue.Unknown;
        }

        var schema = Pack.Fields[field];
        switch (schema.Type)
        {
            case FieldType.Int or FieldType.Number: return RuntimeValue.FromNumber(Numbers[field][row]);
            case FieldType.Bool: return RuntimeValue.FromBool(Bools[field][row]);
            case FieldType.Date: return RuntimeValue.FromDay(Ints[field][row]);
            case FieldType.Enum: return RuntimeValue.FromString(schema.EnumValues[Ints[field][row]]);
            case FieldType.List: return RuntimeValue.FromList(ConvertList(schema, Lists[field][row]));
            default: return RuntimeValue.FromString(Strings[field][row]);
        }
    }

    private static RuntimeValue[] ConvertList(FieldSchema schema, Array items) => items switch
    {
        double[] numbers => numbers.Select(RuntimeValue.FromNumber).ToArray(),
        bool[] bools => bools.Select(RuntimeValue.FromBool).ToArray(),
        int[] ints when schema.ElementType == FieldType.Enum => ints.Select(i => RuntimeValue.FromString(schema.EnumValues[i])).ToArray(),
        int[] days => days.Select(d => RuntimeValue.FromDay(d)).ToArray(),
        string[] texts => texts.Select(RuntimeValue.FromString).ToArray(),
        _ => [],
    };

    /// <summary>A let value as compiled code reads it: an error in the let is an error here.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static RuntimeValue Checked(RuntimeValue value) => value.Kind == ValueKind.Error ? Fail(value) : value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ReadNumber(RuntimeValue value) => Checked(value).NumberOrNaN;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ReadTruth(RuntimeValue value) => Checked(value).Truth;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string? ReadText(RuntimeValue value) => Checked(value).Text;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static RuntimeValue Fail(RuntimeValue error) => throw new RuleEvaluationException((string)error.Reference!);

    public double ReadAggregateNumber(int index) => Aggregates[index].Read().NumberOrNaN;

    public double ReadRank(int index, double value) => Aggregates[index].Rank(value);
}
