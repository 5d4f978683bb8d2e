using System.Globalization;
using System.Text;

namespace Tao.Rules.Tests.Parsing;

/// <summary>Writes a valid rule pack of any size that uses every construct of the DSL, for size and speed checks.</summary>
internal static class RulePackGenerator
{
    public static string Generate(int rules)
    {
        var b = new StringBuilder();
        b.Append("package gen.pack\n  title \"Generated pack\"\n  applies to subnet\n  jurisdiction JP\n  version \"2026.1\"\n  effective 2026-01-01\n\n");
        b.Append("param min_stake = 2_800_000_000 TAO   # floor\nparam min_share = 95 %\n");
        b.Append("let total_flow = sum(all subnet.ema_tao_flow where subnet.ema_tao_flow > 0 TAO)\n\n");
        string[] severities = ["blocker", "major", "minor", "info"];
        for (var i = 0; i < rules; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            b.Append("# Rule number ").Append(n).Append(": keep the subnet honest\n");
            b.Append("rule GEN-").Append(n).Append(" \"Generated rule ").Append(n).Append(" with a readable title\"\n");
            b.Append("  severity ").Append(severities[i % 4]).Append('\n');
            b.Append("  cite \"Policy section ").Append(n).Append(" (2026)\"\n");
            b.Append("  tags [\"generated\", \"stake\", \"flow\"]\n");
            b.Append("  effective 2026-01-01 until 2027-12-31\n");
            b.Append("  when subnet.registered_at + 6 months <= as_of and subnet.kind in [\"root\", \"app\", \"data\"]\n");
            b.Append("  require subnet.stake * 0.5 TAO/block >= min_stake / (1 + ").Append(n)
                .Append(") and not subnet.flagged or subnet.ema_tao_flow / total_flow between 0.001 and ")
                .Append(((i % 90) + 5).ToString(CultureInfo.InvariantCulture)).Append(" %\n");
            b.Append("  because \"{subnet.name} has {subnet.stake} staked; at least {min_stake} are needed (rule ").Append(n).Append(")\"\n");
            b.Append("  remedy \"Raise the stake or reduce the emission share\"\n\n");
            if (i % 10 == 0)
            {
                b.Append("test \"rule ").Append(n).Append(" passes\"\n  given subnet { name: \"sn").Append(n)
                    .Append("\", stake: 3_000_000_000 TAO, flagged: false, kind: \"app\", registered_at: 2025-01-01 }\n")
                    .Append("  as of 2026-06-01\n  expect GEN-").Append(n).Append(" pass\n  expect verdict ready\n\n");
            }
        }

        return b.ToString();
    }
}
