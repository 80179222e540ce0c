namespace NewsBot.Core.Commands;

/// <summary>The commands every front end offers.</summary>
public enum CommandKind
{
    /// <summary><c>ask &lt;question&gt;</c> (also any text that is not a command).</summary>
    Ask,
    /// <summary><c>articles [page] [filter]</c>.</summary>
    Articles,
    /// <summary><c>article &lt;id&gt;</c>.</summary>
    Article,
    /// <summary><c>help</c>.</summary>
    Help,
}
