namespace GraphGateway.Planning.Tests;

public sealed class ProjectSmokeTests
{
    [Fact]
    public void Assembly_Loads_HasName()
    {
        Assert.Equal("GraphGateway.Planning.Tests", typeof(ProjectSmokeTests).Assembly.GetName().Name);
    }
}
