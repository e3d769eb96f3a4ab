namespace GraphGateway.Execution.Tests;

public sealed class ProjectSmokeTests
{
    [Fact]
    public void Assembly_Loads_HasName()
    {
        Assert.Equal("GraphGateway.Execution.Tests", typeof(ProjectSmokeTests).Assembly.GetName().Name);
    }
}
