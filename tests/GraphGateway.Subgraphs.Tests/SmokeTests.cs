namespace GraphGateway.Subgraphs.Tests;

public sealed class ProjectSmokeTests
{
    [Fact]
    public void Assembly_Loads_HasName()
    {
        Assert.Equal("GraphGateway.Subgraphs.Tests", typeof(ProjectSmokeTests).Assembly.GetName().Name);
    }
}
