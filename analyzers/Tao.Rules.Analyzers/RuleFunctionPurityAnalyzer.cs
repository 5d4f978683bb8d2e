using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Tao.Rules.Analyzers.RuleFunctions;

namespace Tao.Rules.Analyzers;

/// <summary>
/// TAO5001 (clock, randomness, process environment) and TAO5002 (files, network, console, processes) inside a
/// <c>[RuleFunction]</c>: the same facts must always give the same outcome. Every operation of the method's body is
/// seen, lambdas and local functions inside it included. Calls into other methods of the user's code are not followed:
/// a helper that reads the clock is reported only where it is itself a rule function (see docs/functions.md).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RuleFunctionPurityAnalyzer : RuleFunctionAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(RuleFunctionDescriptors.NonDeterministicApi, RuleFunctionDescriptors.InputOutputApi);

    private protected override void Start(CompilationStartAnalysisContext context, INamedTypeSymbol attribute) =>
        context.RegisterOperationBlockStartAction(block =>
        {
            if (!RuleFunctionSymbols.IsRuleFunction(block.OwningSymbol, attribute))
            {
                return;
            }

            var name = block.OwningSymbol.Name;
            block.RegisterOperationAction(
                operation => Analyze(operation, name),
                OperationKind.Invocation,
                OperationKind.PropertyReference,
                OperationKind.FieldReference,
                OperationKind.EventReference,
                OperationKind.MethodReference,
                OperationKind.ObjectCreation);
        });

    private static void Analyze(OperationAnalysisContext context, string function)
    {
        var operation = context.Operation;
        var member = Member(operation);
        if (member is null)
        {
            return;
        }

        var kind = ForbiddenApis.Classify(member, out var reason);
        if (kind == ForbiddenKind.None || IsOnForbiddenReceiver(operation, kind))
        {
            return;
        }

        var location = operation.Syntax.GetLocation();
        var diagnostic = kind == ForbiddenKind.NonDeterministic
            ? Diagnostic.Create(RuleFunctionDescriptors.NonDeterministicApi, location, function, ForbiddenApis.Display(member), reason)
            : Diagnostic.Create(RuleFunctionDescriptors.InputOutputApi, location, function, ForbiddenApis.Display(member));
        context.ReportDiagnostic(diagnostic);
    }

    private static ISymbol? Member(IOperation operation) => operation switch
    {
        IInvocationOperation invocation => invocation.TargetMethod,
        IPropertyReferenceOperation property => property.Property,
        IFieldReferenceOperation field => field.Field,
        IEventReferenceOperation @event => @event.Event,
        IMethodReferenceOperation method => method.Method,
        IObjectCreationOperation creation => creation.Constructor,
        _ => null,
    };

    /// <summary>
    /// <c>Random.Shared.Next()</c> and <c>Console.Out.WriteLine()</c> are one use, not two: a member reached through a
    /// receiver already reported for the same reason is not reported again.
    /// </summary>
    private static bool IsOnForbiddenReceiver(IOperation operation, ForbiddenKind kind)
    {
        var receiver = operation switch
        {
            IInvocationOperation invocation => invocation.Instance,
            IPropertyReferenceOperation property => property.Instance,
            IFieldReferenceOperation field => field.Instance,
            _ => null,
        };
        return receiver is not null && Member(receiver) is { } inner && ForbiddenApis.Classify(inner, out _) == kind;
    }
}
