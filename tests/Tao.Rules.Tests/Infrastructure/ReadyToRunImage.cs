using System.Reflection.PortableExecutable;

namespace Tao.Rules.Tests;

/// <summary>Whether an assembly carries ReadyToRun code: crossgen2 gives its CLI header a managed native header.</summary>
public static class ReadyToRunImage
{
    public static bool IsPrecompiled(Stream assembly)
    {
        using var reader = new PEReader(assembly, PEStreamOptions.LeaveOpen);
        return reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }

    public static bool IsPrecompiled(string path)
    {
        using var stream = File.OpenRead(path);
        return IsPrecompiled(stream);
    }
}
