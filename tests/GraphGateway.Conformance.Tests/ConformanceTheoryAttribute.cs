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
        var reason = dataRow.Length > 0 && dataRow[0] is string id ? ConformanceCaseTests.KnownFailureOf(id) : null;
        return reason is null
            ? base.CreateTestCasesForDataRow(discoveryOptions, testMethod, theoryAttribute, dataRow)
            : CreateTestCasesForSkippedDataRow(discoveryOptions, testMethod, theoryAttribute, dataRow, "known gateway failure: " + reason);
    }
}
