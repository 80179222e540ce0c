namespace NewsBot.Core.Commands;

/// <summary>Settings of section <c>Commands</c>.</summary>
public sealed class CommandOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Commands";

    /// <summary>Articles per listing page.</summary>
    public int PageSize { get; set; } = 10;
}
