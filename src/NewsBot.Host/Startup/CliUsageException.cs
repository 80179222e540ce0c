namespace NewsBot.Host.Startup;

/// <summary>Bad usage the user can fix (a missing folder they named, an empty question): exit code 2.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
