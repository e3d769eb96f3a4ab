namespace GraphGateway.AspNetCore.Tests;

public sealed class ProjectSmokeTests
{
    [Fact]
    public void Assembly_Loads_HasName()
    {
        Assert.Equal("GraphGateway.AspNetCore.Tests", typeof(ProjectSmokeTests).Assembly.GetName().Name);
    }
}
