namespace GraphGateway.Core.Tests;

public sealed class ProjectSmokeTests
{
    [Fact]
    public void Assembly_Loads_HasName()
    {
        Assert.Equal("GraphGateway.Core.Tests", typeof(ProjectSmokeTests).Assembly.GetName().Name);
    }
}
