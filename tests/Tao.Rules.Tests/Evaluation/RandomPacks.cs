using System.Globalization;
using System.Text;

namespace Tao.Rules.Tests.Evaluation;

/// <summary>
/// Random, well-typed rule packs over the shipped asset schema and random fact files with missing values, for the
/// compiled-versus-interpreted property. Built from a seed so CsCheck can replay and shrink a failing case.
/// </summary>
internal sealed class RandomPacks(int seed)
{
    private static readonly string[] PlainFields = ["asset.circulating_supply", "asset.max_supply", "asset.domestic_handler_count", "ratio", "spread"];
    private static readonly string[] BoolFields = ["asset.has_privacy_feature", "asset.issuer_identified", "big", "asset.whitepaper_published"];
    private static readonly string[] Literals = ["0", "1", "2", "2.5", "-3", "0.1", "10", "1_000"];
    private static readonly string[] Comparisons = ["==", "!=", "<", "<=", ">", ">="];

    private readonly Random _random = new(seed);
    private bool _inLet;

    public string Pack(int rules)
    {
        var text = new StringBuilder();
        text.Append("package random.pack\n  applies to asset\n");
        text.Append("param limit = ").Append(Pick(Literals)).Append('\n');
        text.Append("param floor_cap = 1_000_000 USD\n");
        _inLet = true;
        text.Append("let ratio = ").Append(Number(2)).Append('\n');
        _inLet = false;
        text.Append("let big = asset.market_cap > floor_cap\n");
        text.Append("let spread = ratio - avg(all asset.circulating_supply where has(asset.circulating_supply))\n");
        for (var i = 0; i < rules; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"rule R-{i:00} \"random {i}\"\n");
            text.Append("  severity ").Append(Pick(["blocker", "major", "minor", "info"])).Append('\n');
            if (_random.Next(3) == 0)
            {
                text.Append("  when ").Append(Condition(2)).Append('\n');
            }

            text.Append("  require ").Append(Condition(3)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// A fact file of <paramref name="entities"/> assets, each fact missing 3 times in 10. With <paramref name="extremes"/>,
    /// numbers also take the largest and smallest finite values, so arithmetic on them overflows (an error outcome).
    /// </summary>
    public string Facts(int entities, bool extremes = false)
    {
        string[] huge = extremes ? ["1.7e308", "-1.7e308", "1e-300"] : [];
        var text = new StringBuilder();
        text.Append("as_of: 2026-01-09\nentities:\n");
        for (var i = 0; i < entities; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - symbol: E{i}\n");
            Maybe(text, "circulating_supply", Pick([.. (string[])["0", "1", "2", "5", "-1", "2.5", "1000"], .. huge]));
            Maybe(text, "max_supply", Pick([.. (string[])["0", "1", "2", "10", "0.5"], .. huge]));
            Maybe(text, "domestic_handler_count", Pick(["0", "1", "3", "7"]));
            Maybe(text, "market_cap", Pick([.. (string[])["0", "500000", "1000000", "2800000000"], .. huge]));
            Maybe(text, "has_privacy_feature", Pick(["true", "false"]));
            Maybe(text, "issuer_identified", Pick(["true", "false"]));
            Maybe(text, "whitepaper_published", Pick(["true", "false"]));
            Maybe(text, "asset_type", Pick(["native", "token", "stablecoin", "security"]));
            Maybe(text, "launch_date", Pick(["2025-07-31", "2025-12-31", "2026-01-09", "2024-02-29"]));
            Maybe(text, "whitepaper_sections", Pick(["[]", "[risks]", "[nature, supply]", "[risks, supply]"]));
            Maybe(text, "name", Pick(["Alpha", "Beta", "\"\""]));
        }

        return text.ToString();
    }

    private void Maybe(StringBuilder text, string field, string value)
    {
        if (_random.Next(10) < 7)
        {
            text.Append("    ").Append(field).Append(": ").Append(value).Append('\n');
        }
    }

    private string Condition(int depth)
    {
        var choice = _random.Next(depth <= 0 ? 6 : 16);
        return choice switch
        {
            0 => Pick(BoolFields),
            1 => $"{Number(depth - 1)} {Pick(Comparisons)} {Number(depth - 1)}",
            2 => $"has({Pick(["asset.market_cap", "asset.circulating_supply", "ratio", "asset.name"])})",
            3 => $"asset.asset_type {Pick(["==", "!="])} \"{Pick(["native", "token", "security"])}\"",
            4 => $"asset.market_cap {Pick(Comparisons)} {Pick(["0 USD", "floor_cap", "2_800_000_000 USD"])}",
            5 => $"asset.launch_date + {Pick(["1 months", "6 months", "2 weeks", "-3 days", "1 years"])} {Pick(Comparisons)} {Pick(["as_of", "2026-01-31", "2025-08-31"])}",
            6 => $"not {Condition(depth - 1)}",
            7 or 8 => $"({Condition(depth - 1)}) and ({Condition(depth - 1)})",
            9 or 10 => $"({Condition(depth - 1)}) or ({Condition(depth - 1)})",
            11 => $"{Number(depth - 1)} between {Number(depth - 1)} and {Number(depth - 1)}",
            12 => $"{Number(depth - 1)} {Pick(["in", "not in"])} [{Pick(Literals)}, {Pick(Literals)}]",
            13 => $"asset.asset_type in [\"native\", \"{Pick(["token", "security"])}\"]",
            14 => Pick(["any(asset.whitepaper_sections, s => s == \"risks\")", "all(asset.whitepaper_sections, s => s != \"nature\")", "\"supply\" in asset.whitepaper_sections", "count(asset.whitepaper_sections) >= 2"]),
            _ => Pick(["rank(all asset.circulating_supply where has(asset.circulating_supply)) <= 2", "asset.circulating_supply >= max(all asset.max_supply where has(asset.max_supply))", "count(all asset where big) >= 1", "asset.name == \"Alpha\""]),
        };
    }

    private string Number(int depth)
    {
        var choice = _random.Next(depth <= 0 ? 3 : 13);
        return choice switch
        {
            0 => _inLet ? Pick(PlainFields[..3]) : Pick(PlainFields),
            1 => Pick(Literals),
            2 => "limit",
            3 => $"({Number(depth - 1)} + {Number(depth - 1)})",
            4 => $"({Number(depth - 1)} - {Number(depth - 1)})",
            5 => $"({Number(depth - 1)} * {Number(depth - 1)})",
            6 or 7 => $"({Number(depth - 1)} / {Number(depth - 1)})",
            8 => $"abs({Number(depth - 1)})",
            9 => Pick(["round", "-"]) is "round" ? $"round({Number(depth - 1)})" : $"-{Pick(PlainFields[..3])}",
            10 => $"{Pick(["min", "max"])}({Number(depth - 1)}, {Number(depth - 1)})",
            11 => $"round({Number(depth - 1)}, 1)",
            _ => $"pow({Number(depth - 1)}, {Pick(["2", "0.5", "-1", "0"])})",
        };
    }

    private string Pick(string[] options) => options[_random.Next(options.Length)];
}
