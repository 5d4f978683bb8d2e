using Tao.Rules.Analyzers.Tests.Infrastructure;
using Test = Tao.Rules.Analyzers.Tests.Infrastructure.RuleFunctionAnalyzerTest<Tao.Rules.Analyzers.RuleFunctionPurityAnalyzer>;

namespace Tao.Rules.Analyzers.Tests.RuleFunctions;

/// <summary>TAO5001 and TAO5002: each forbidden API inside a rule function, at its exact span; and what stays allowed.</summary>
public sealed class PurityTests
{
    /// <summary>A rule function <c>Score(double x)</c> whose body is <paramref name="body"/>; <c>{|#0:…|}</c> marks the span.</summary>
    private static string Function(string body) => $$"""
        using System;
        using System.Diagnostics;
        using System.IO;
        using System.Net.Http;
        using System.Security.Cryptography;
        using Tao.Rules;

        public static class Functions
        {
            [RuleFunction]
            public static double Score(double x)
            {
                {{body}}
            }
        }
        """;

    [Theory]
    [InlineData("return x + {|#0:DateTime.Now|}.Year;", "DateTime.Now", "reads the clock")]
    [InlineData("return x + {|#0:DateTime.UtcNow|}.Ticks;", "DateTime.UtcNow", "reads the clock")]
    [InlineData("return x + {|#0:DateTime.Today|}.Day;", "DateTime.Today", "reads the clock")]
    [InlineData("return x + {|#0:DateTimeOffset.Now|}.Offset.TotalHours;", "DateTimeOffset.Now", "reads the clock")]
    [InlineData("return x + {|#0:DateTimeOffset.UtcNow|}.Second;", "DateTimeOffset.UtcNow", "reads the clock")]
    [InlineData("var r = {|#0:new Random(1)|}; return x;", "new Random()", "is random")]
    [InlineData("return x + {|#0:Random.Shared|}.Next();", "Random.Shared", "is random")]
    [InlineData("return x + {|#0:RandomNumberGenerator.GetInt32(5)|};", "RandomNumberGenerator.GetInt32", "is random")]
    [InlineData("return x + {|#0:Guid.NewGuid()|}.GetHashCode();", "Guid.NewGuid", "is random")]
    [InlineData("return x + {|#0:Environment.ProcessorCount|};", "Environment.ProcessorCount", "reads the state of the process and the machine")]
    [InlineData("return {|#0:Environment.GetEnvironmentVariable(\"RATE\")|} is null ? x : 0;", "Environment.GetEnvironmentVariable", "reads the state of the process and the machine")]
    [InlineData("return x + {|#0:Stopwatch.GetTimestamp()|};", "Stopwatch.GetTimestamp", "reads the clock")]
    [InlineData("return x + {|#0:TimeProvider.System|}.GetUtcNow().Year;", "TimeProvider.System", "reads the clock")]
    [InlineData("return {|#0:Path.GetTempPath()|}.Length + x;", "Path.GetTempPath", "reads the file system or the process's state")]
    public async Task A_non_deterministic_API_is_TAO5001(string body, string api, string reason)
    {
        await Test.RunAsync(Function(body), Test.Diagnostic("TAO5001").WithLocation(0).WithArguments("Score", api, reason));
    }

    [Theory]
    [InlineData("return {|#0:File.ReadAllText(\"rates.txt\")|}.Length + x;", "File.ReadAllText")]
    [InlineData("return {|#0:Directory.Exists(\"data\")|} ? x : 0;", "Directory.Exists")]
    [InlineData("using var client = {|#0:new HttpClient()|}; return x;", "new HttpClient()")]
    [InlineData("{|#0:Console.WriteLine(x)|}; return x;", "Console.WriteLine")]
    [InlineData("{|#0:Console.Out|}.WriteLine(x); return x;", "Console.Out")]
    [InlineData("using var p = {|#0:Process.Start(\"rate\")|}; return x;", "Process.Start")]
    public async Task An_IO_API_is_TAO5002(string body, string api)
    {
        await Test.RunAsync(Function(body), Test.Diagnostic("TAO5002").WithLocation(0).WithArguments("Score", api));
    }

    [Fact]
    public async Task Lambdas_and_local_functions_inside_are_analyzed()
    {
        var source = Function("""
            Func<double> clock = () => {|#0:DateTime.UtcNow|}.Ticks;
                    return clock() + Read();
                    static double Read() => {|#1:File.ReadAllBytes("x")|}.Length;
            """);
        await Test.RunAsync(
            source,
            Test.Diagnostic("TAO5001").WithLocation(0).WithArguments("Score", "DateTime.UtcNow", "reads the clock"),
            Test.Diagnostic("TAO5002").WithLocation(1).WithArguments("Score", "File.ReadAllBytes"));
    }

    [Fact]
    public async Task Pure_code_and_in_memory_types_are_allowed()
    {
        var source = Function("""
            var start = new DateTime(2026, 1, 1).AddDays(x);
                    using var buffer = new MemoryStream(new byte[] { 1, 2 });
                    var text = new StringWriter();
                    text.Write(Path.Combine("a", "b"));
                    return Math.Round(x * 1.5, 2) + start.Day + buffer.Length + text.ToString().Length + DateTime.MinValue.Year + Guid.Empty.GetHashCode();
            """);
        await Test.RunAsync(source);
    }

    [Fact]
    public async Task Methods_without_the_attribute_are_not_analyzed_and_calls_into_them_are_not_followed()
    {
        const string Source = """
            using System;
            using Tao.Rules;

            public static class Functions
            {
                public static double Now() => DateTime.Now.Ticks;

                [RuleFunction]
                public static double Score(double x) => x + Now();
            }
            """;
        await Test.RunAsync(Source);
    }
}
