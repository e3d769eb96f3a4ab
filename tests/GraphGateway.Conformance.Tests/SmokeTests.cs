namespace GraphGateway.Conformance.Tests;

public sealed class ProjectSmokeTests
{
    [Fact]
    public void Assembly_Loads_HasName()
    {
        Assert.Equal("GraphGateway.Conformance.Tests", typeof(ProjectSmokeTests).Assembly.GetName().Name);
    }
}
