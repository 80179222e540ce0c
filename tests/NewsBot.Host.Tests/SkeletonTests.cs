namespace NewsBot.Host.Tests;

public sealed class SkeletonTests
{
    [Fact]
    public void Repository_root_holds_the_solution() =>
        Assert.True(File.Exists(Path.Combine(NewsBot.Testing.RepoPaths.Root, "NewsBot.sln")));
}
