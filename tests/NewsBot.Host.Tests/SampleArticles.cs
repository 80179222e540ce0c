using NewsBot.Testing;

namespace NewsBot.Host.Tests;

/// <summary>The two sample articles: one says the ministers met in New Delhi, the other says Mumbai (and also Delhi).</summary>
internal static class SampleArticles
{
    public const string NewDelhiId = "000_6a9e5e658e7f90a5";
    public const string MumbaiId = "004_97ff55d69b32dccd";
    public const string MumbaiTitle = "First meeting between Blinken and Lavrov since the Ukraine War";

    public static string Text(string id) => File.ReadAllText(Path.Combine(RepoPaths.SampleArticles, id + ".txt"));
}
