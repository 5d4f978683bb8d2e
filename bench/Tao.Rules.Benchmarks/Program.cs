using BenchmarkDotNet.Running;
using Tao.Rules.Benchmarks;

if (args.Length >= 2 && args[0] == "generate")
{
    // `generate FILE [RULES]` writes the generated pack, for timing `tao-rules check` as a whole process.
    var rules = args.Length >= 3 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1000;
    File.WriteAllText(args[1], PackGenerator.Generate(rules));
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(PackGenerator).Assembly).Run(args);
return 0;
