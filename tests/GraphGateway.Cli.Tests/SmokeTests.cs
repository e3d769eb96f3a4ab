namespace GraphGateway.Cli.Tests;

public sealed class ProjectSmokeTests
{
    [Fact]
    public void Assembly_Loads_HasName()
    {
        Assert.Equal("GraphGateway.Cli.Tests", typeof(ProjectSmokeTests).Assembly.GetName().Name);
    }
}
