using Snapshooter;
using Snapshooter.Xunit;

namespace GraphGateway.Planning.Tests;

/// <summary>
/// Snapshot tests are strict however the tests are run (tests/strict-snapshots.runsettings via tests/Directory.Build.props):
/// a snapshot that does not exist fails the test and is not written.
/// </summary>
public sealed class SnapshotStrictnessTests
{
    [Fact]
    public void Match_SnapshotMissing_FailsAndWritesNothing()
    {
        var directory = Path.GetDirectoryName(SourceFile())!;
        var name = "Strictness_" + Guid.NewGuid().ToString("N") + ".snap";
        var written = Path.Combine(directory, "__snapshots__", name);
        try
        {
            Assert.ThrowsAny<Exception>(() => Snapshot.Match("a snapshot nobody reviewed", new SnapshotFullName(name, directory)));
            Assert.False(File.Exists(written), "A missing snapshot was written instead of failing the test.");
        }
        finally
        {
            File.Delete(written);
            File.Delete(Path.Combine(directory, "__snapshots__", "__mismatch__", name));
        }
    }

    private static string SourceFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}
