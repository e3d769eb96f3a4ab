using Xunit.Abstractions;
using Xunit.Sdk;

namespace GraphGateway.Conformance.Tests;

/// <summary>
/// A theory over conformance case ids whose rows marked <c>knownFailure</c> in their case file are reported as
/// skipped with that reason (never silently passing).
/// </summary>
[XunitTestCaseDiscoverer("GraphGateway.Conformance.Tests.ConformanceTheoryDiscoverer", "GraphGateway.Conformance.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ConformanceTheoryAttribute : TheoryAttribute
{
}

/// <summary>Discovers <see cref="ConformanceTheoryAttribute"/> rows, skipping known gateway failures.</summary>
public sealed class ConformanceTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    protected override IEnumerable<IXunitTestCase> CreateTestCasesForDataRow(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute, object[] dataRow)
    {
        var reason = dataRow.Length > 0 && dataRow[0] is string id ? KnownFailures.Reason(id) : null;
        return reason is null
            ? base.CreateTestCasesForDataRow(discoveryOptions, testMethod, theoryAttribute, dataRow)
            : CreateTestCasesForSkippedDataRow(discoveryOptions, testMethod, theoryAttribute, dataRow, "known gateway failure: " + reason);
    }
}

/// <summary>Known gateway failures: <c>knownFailure</c> of a case, or a seed in a set's <c>knownDifferentialFailures</c>.</summary>
internal static class KnownFailures
{
    /// <summary>The reason <paramref name="id"/> (a case id or <c>&lt;set&gt;#&lt;seed&gt;</c>) is a known failure, or null.</summary>
    public static string? Reason(string id)
    {
        var hash = id.LastIndexOf('#');
        if (hash < 0)
        {
            return ConformanceCaseTests.KnownFailureOf(id);
        }

        var set = Harness.SchemaSet.All.FirstOrDefault(s => s.Id == id[..hash]);
        return set is not null && set.KnownDifferentialFailures.TryGetValue(id[(hash + 1)..], out var reason) ? reason : null;
    }
}
