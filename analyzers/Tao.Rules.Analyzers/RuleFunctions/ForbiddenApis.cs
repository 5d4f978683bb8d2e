using Microsoft.CodeAnalysis;

namespace Tao.Rules.Analyzers.RuleFunctions;

/// <summary>Why a member may not be used in a rule function.</summary>
internal enum ForbiddenKind
{
    None,

    /// <summary>TAO5001: its value changes from run to run (clock, randomness, process environment).</summary>
    NonDeterministic,

    /// <summary>TAO5002: it reads or writes outside the process's memory (files, network, console, processes).</summary>
    InputOutput,
}

/// <summary>
/// The members a rule function may not use, by containing type and name. Whole types are listed where every member is
/// a problem (<c>Random</c>, <c>Environment</c>, <c>Console</c>); whole namespaces for I/O (<c>System.IO</c>,
/// <c>System.Net</c>), less the in-memory types there (<c>MemoryStream</c>, <c>StringReader</c>, <c>StringWriter</c>,
/// and <c>Path</c> but for the members that read the file system or the process's state).
/// </summary>
internal static class ForbiddenApis
{
    private static readonly Dictionary<string, string> WholeTypes = new(StringComparer.Ordinal)
    {
        ["System.Random"] = "is random",
        ["System.Security.Cryptography.RandomNumberGenerator"] = "is random",
        ["System.Environment"] = "reads the state of the process and the machine",
        ["System.Diagnostics.Stopwatch"] = "reads the clock",
        ["System.TimeProvider"] = "reads the clock",
    };

    private static readonly Dictionary<string, string> Members = new(StringComparer.Ordinal)
    {
        ["System.DateTime.Now"] = "reads the clock",
        ["System.DateTime.UtcNow"] = "reads the clock",
        ["System.DateTime.Today"] = "reads the clock",
        ["System.DateTimeOffset.Now"] = "reads the clock",
        ["System.DateTimeOffset.UtcNow"] = "reads the clock",
        ["System.Guid.NewGuid"] = "is random",
        ["System.Guid.CreateVersion7"] = "reads the clock and is random",
    };

    private static readonly HashSet<string> InputOutputTypes = new(StringComparer.Ordinal)
    {
        "System.Console",
        "System.Diagnostics.Process",
        "System.Diagnostics.ProcessStartInfo",
    };

    private static readonly HashSet<string> InputOutputNamespaces = new(StringComparer.Ordinal)
    {
        "System.IO",
        "System.Net",
        "Microsoft.Win32",
    };

    private static readonly HashSet<string> InMemoryTypes = new(StringComparer.Ordinal)
    {
        "System.IO.MemoryStream",
        "System.IO.StringReader",
        "System.IO.StringWriter",
        "System.IO.Path",
    };

    private static readonly HashSet<string> PathMembersThatReadState = new(StringComparer.Ordinal)
    {
        "GetTempPath", "GetTempFileName", "GetFullPath", "GetRandomFileName",
    };

    /// <summary>What is wrong with using <paramref name="member"/>, and a reason for TAO5001.</summary>
    public static ForbiddenKind Classify(ISymbol member, out string reason)
    {
        reason = string.Empty;
        var type = member.ContainingType;
        if (type is null)
        {
            return ForbiddenKind.None;
        }

        var typeName = FullName(type);
        if (WholeTypes.TryGetValue(typeName, out var wholeReason) || Members.TryGetValue($"{typeName}.{member.Name}", out wholeReason))
        {
            reason = wholeReason;
            return ForbiddenKind.NonDeterministic;
        }

        if (string.Equals(typeName, "System.IO.Path", StringComparison.Ordinal))
        {
            if (PathMembersThatReadState.Contains(member.Name))
            {
                reason = "reads the file system or the process's state";
                return ForbiddenKind.NonDeterministic;
            }

            return ForbiddenKind.None;
        }

        if (InputOutputTypes.Contains(typeName) || (IsInInputOutputNamespace(type.ContainingNamespace) && !InMemoryTypes.Contains(typeName)))
        {
            return ForbiddenKind.InputOutput;
        }

        return ForbiddenKind.None;
    }

    /// <summary>How a message names the member: <c>DateTime.Now</c>, <c>new Random()</c>.</summary>
    public static string Display(ISymbol member) =>
        member is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
            ? $"new {constructor.ContainingType.Name}()"
            : $"{member.ContainingType?.Name}.{member.Name}";

    private static bool IsInInputOutputNamespace(INamespaceSymbol? space)
    {
        for (; space is { IsGlobalNamespace: false }; space = space.ContainingNamespace)
        {
            if (InputOutputNamespaces.Contains(space.ToDisplayString()))
            {
                return true;
            }
        }

        return false;
    }

    private static string FullName(INamedTypeSymbol type)
    {
        var outer = type.OriginalDefinition;
        return outer.ContainingNamespace is { IsGlobalNamespace: false } space ? $"{space.ToDisplayString()}.{outer.MetadataName}" : outer.MetadataName;
    }
}
