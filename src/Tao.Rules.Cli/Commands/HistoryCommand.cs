using System.CommandLine;
using Tao.Rules.Cli.Input;
using Tao.Rules.Cli.Output.History;
using Tao.Rules.Diagnostics;
using Tao.Rules.History;

namespace Tao.Rules.Cli.Commands;

/// <summary>
/// <c>tao-rules history [--db DB] --entity ID [--rule RULE-ID] [--pack P] [--format table|json]</c>: when an entity's
/// outcomes and verdicts changed across the runs recorded by <c>eval --record</c>, and under which pack version and
/// text — when did this asset first fail this rule, and under which rule version.
/// </summary>
public static class HistoryCommand
{
    public static Command Create(CliConsole console)
    {
        var database = new Option<string>("--db")
        {
            Description = "The history database that eval --record writes.",
            HelpName = "DB",
            DefaultValueFactory = _ => HistoryStore.DefaultPath,
        };
        var entity = new Option<string>("--entity") { Description = "The entity's key (an asset's symbol, a subnet's netuid).", Required = true };
        var rule = new Option<string?>("--rule") { Description = "Only this rule (its id, such as JP-GL-01); verdicts are then left out." };
        var pack = new Option<string?>("--pack") { Description = "Only this pack (its package name, such as jp.jvcea)." };
        var format = new Option<string>("--format")
        {
            Description = "table (for people) or json.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("history", "Show when an entity's outcomes and verdicts changed across recorded runs, and under which pack version.")
        {
            database, entity, rule, pack, format,
        };
        command.SetAction(result => Run(
            console,
            new HistoryArguments(
                result.GetValue(database)!,
                result.GetValue(entity)!,
                result.GetValue(rule),
                result.GetValue(pack),
                result.GetValue(format) ?? "table")));
        return command;
    }

    public static int Run(CliConsole console, HistoryArguments arguments)
    {
        if (!File.Exists(arguments.Database))
        {
            console.Error.WriteLine($"tao-rules: cannot read the history '{arguments.Database}': no such file (eval --record writes one).");
            return ExitCodes.BadInput;
        }

        var diagnostics = new DiagnosticBag();
        using var store = HistoryStore.OpenExisting(arguments.Database, diagnostics);
        FactInput.Print(console, diagnostics);
        if (store is null)
        {
            return ExitCodes.BadInput;
        }

        var timeline = store.Timeline(arguments.Entity, arguments.Rule, arguments.Pack);
        if (arguments.Format == "json")
        {
            HistoryJsonWriter.Write(console.Out, timeline);
        }
        else
        {
            HistoryTableWriter.Write(console.Out, timeline, arguments.Database);
        }

        return ExitCodes.Success;
    }
}
