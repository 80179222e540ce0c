namespace NewsBot.Discord.Rendering;

/// <summary>Discord's embed limits (docs: resources/message "Embed Limits").</summary>
internal static class EmbedLimits
{
    public const int Title = 256;
    public const int Description = 4096;
    public const int Fields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int Footer = 2048;

    /// <summary>Largest single embed we build, so any one embed fits a message on its own.</summary>
    public const int Total = 6000;
}
