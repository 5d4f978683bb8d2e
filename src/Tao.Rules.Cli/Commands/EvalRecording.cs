using System.Reflection;
using Tao.Rules.Cli.Input;
using Tao.Rules.Diagnostics;
using Tao.Rules.Evaluation;
using Tao.Rules.History;

namespace Tao.Rules.Cli.Commands;

/// <summary>
/// <c>eval --record [DB]</c>: opens the history before anything is evaluated (a bad file stops the run with exit 2
/// before any result is written), keeps the outcomes as they stream by, and appends the run in one transaction at
/// the end.
/// </summary>
internal sealed class EvalRecording : IDisposable
{
    private readonly CliConsole _console;
    private readonly HistoryStore _store;
    private readonly RunRecording _recording;
    private readonly IReadOnlyList<CompiledPack> _packs;

    private EvalRecording(CliConsole console, HistoryStore store, RunRecording recording, IReadOnlyList<CompiledPack> packs)
    {
        _console = console;
        _store = store;
        _recording = recording;
        _packs = packs;
    }

    /// <summary>The recording, or null after printing why the history cannot be written.</summary>
    public static EvalRecording? Start(CliConsole console, string path, EvalArguments arguments, PreparedRun run)
    {
        var diagnostics = new DiagnosticBag();
        var store = HistoryStore.OpenOrCreate(path, diagnostics);
        FactInput.Print(console, diagnostics);
        return store is null ? null : new EvalRecording(console, store, new RunRecording(arguments.Facts, arguments.Waivers, run.Options.Params), run.Packs);
    }

    public void Add(IReadOnlyList<EvaluationResult> batch) => _recording.Add(batch);

    /// <summary>Appends the run; false after printing why it was not recorded.</summary>
    public bool Finish(DateTime asOf)
    {
        var diagnostics = new DiagnosticBag();
        // The clock only stamps the row for people reading the file; no outcome or query depends on it.
        var record = _recording.ToRecord(asOf, _packs, ToolVersion, DateTimeOffset.UtcNow);
        var recorded = _store.TryAppend(record, diagnostics, out var runNumber);
        FactInput.Print(_console, diagnostics);
        if (recorded)
        {
            _console.Error.WriteLine($"tao-rules: recorded run {runNumber} in {_store.FilePath}");
        }

        return recorded;
    }

    public void Dispose() => _store.Dispose();

    private static string ToolVersion =>
        typeof(EvalRecording).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
