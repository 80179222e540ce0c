using System.Data.Common;

namespace NewsBot.Core.Index;

/// <summary>
/// The catalog's server cannot be reached now (a shared database that is down or restarting). Front ends answer that
/// they cannot answer now (HTTP 503) rather than "not found"; the passage index keeps what it has and tries again.
/// </summary>
public sealed class CatalogUnavailableException(string message, Exception? innerException) : DbException(message, innerException);
