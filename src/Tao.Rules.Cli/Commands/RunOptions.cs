using System.CommandLine;

namespace Tao.Rules.Cli.Commands;

/// <summary>The options <c>eval</c>, <c>explain</c> (and, for <c>--functions</c>, <c>check</c> and <c>test</c>) share, described once.</summary>
internal static class RunOptions
{
    public static Option<string[]> Rules() => new("--rules")
    {
        Description = "Rule files (*.rules, *.rules.yaml), schemas (*.schema.yaml) or folders holding them; may repeat.",
        Required = true,
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<string> Facts() => new("--facts")
    {
        Description = "The fact file: .yaml, .yml, .json, .csv, .jsonl or .ndjson.",
        Required = true,
    };

    public static Option<string?> AsOf() => new("--as-of")
    {
        Description = "The evaluation date, YYYY-MM-DD. Default: the facts file's as_of; there is no default from the clock.",
    };

    public static Option<string[]> Param() => new("--param")
    {
        Description = "Override a param: package.name=VALUE, the value a literal with its unit (jp.jvcea.min_cap=5_000_000 USD); may repeat.",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary><c>--functions PATH.dll</c>, shared by check, eval, explain and test (see <see cref="Input.FunctionAssemblies"/>).</summary>
    public static Option<string[]> Functions() => new("--functions")
    {
        Description = "A .NET assembly whose public static [RuleFunction] methods the rules may call; may repeat.",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<string?> Waivers() => new("--waivers")
    {
        Description = "A YAML file of waivers (rule, entity, reason, approved_by, expires).",
    };
}
