using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Poet.Data;

/// <summary>
/// Per-connection settings for SQLite under many concurrent respondents (measured in bench/results/staff-survey-load.md).
/// busy_timeout: a writer that finds the database locked waits inside SQLite in steps of 1 to 100 ms, instead of
/// Microsoft.Data.Sqlite's retry loop, which sleeps 150 ms at a time and so turned brief lock waits into seconds.
/// synchronous=NORMAL: in WAL mode a commit no longer waits for an fsync (7 ms on this host; every write is
/// serialised behind it). The database cannot be corrupted this way, and a crash of POET loses nothing; only a power
/// cut or OS crash may lose the last commits since the last checkpoint (SQLite's documented WAL trade-off).
/// secure_delete=ON: deleted and moved rows are overwritten with zeros, so freed space in the database file keeps no
/// trace of a draft, a waiting submission or the previous order of the anonymous tables (docs/anonymity.md).
/// </summary>
public sealed class SqliteTuning : DbConnectionInterceptor
{
    public static readonly SqliteTuning Instance = new();

    private const string Pragmas = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        // Microsoft.Data.Sqlite is synchronous underneath; an async call would only add overhead.
        Apply(connection);
        return Task.CompletedTask;
    }

    /// <summary>
    /// The native connections already set. Microsoft.Data.Sqlite pools them, and the settings live as long as the native
    /// connection does, so each is set once rather than on every open (a PRAGMA round per request showed in the profile).
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, object> Tuned = new();

    private static void Apply(DbConnection connection)
    {
        if (connection is Microsoft.Data.Sqlite.SqliteConnection { Handle: { } handle })
        {
            if (Tuned.TryGetValue(handle, out _)) return;
            Run(connection);
            Tuned.AddOrUpdate(handle, Tuned);
            return;
        }
        Run(connection);
    }

    private static void Run(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
