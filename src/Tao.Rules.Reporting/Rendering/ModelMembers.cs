using System.Reflection;
using Tao.Rules.Reporting.Model;

namespace Tao.Rules.Reporting.Rendering;

/// <summary>
/// What a template may read of a .NET object: the public properties of the report model's types, nothing else — no
/// methods, no fields, no member of any other type (<c>"x".GetType</c> fails), so a template cannot reach past the model.
/// </summary>
internal static class ModelMembers
{
    private static readonly string ModelNamespace = typeof(RunReport).Namespace!;

    public static bool IsVisible(MemberInfo member) =>
        member is PropertyInfo { CanRead: true } property
        && property.GetIndexParameters().Length == 0
        && property.GetMethod is { IsPublic: true, IsStatic: false }
        && property.DeclaringType is { } type
        && type.Assembly == typeof(RunReport).Assembly
        && string.Equals(type.Namespace, ModelNamespace, StringComparison.Ordinal);
}
