using Xunit;

namespace NewsBot.Testing;

/// <summary>A theory that needs a path under <c>../shared</c>; skipped, with the reason shown, where it is absent.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute(string relativePath)
    {
        if (!Path.Exists(RepoPaths.InShared(relativePath)))
            Skip = $"needs ../shared/{relativePath}, which is absent here (CI has it)";
    }
}
