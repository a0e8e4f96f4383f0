using Poet.Analysis.DataProtection;

namespace Poet.Web.Infrastructure;

/// <summary>
/// The host's data protection details from configuration ("DataProtection:Controller", ":Contact", ":LawfulBasis") and
/// the settings that decide where data goes, for the DPIA page and the privacy notices.
/// </summary>
public static class HostDataProtection
{
    public static HostDetails From(IConfiguration config) => new(
        Value(config["DataProtection:Controller"]),
        Value(config["DataProtection:Contact"]),
        config["DataProtection:LawfulBasis"]?.Trim() ?? "",
        string.Equals(config["Database:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase) ? "PostgreSQL" : "SQLite (one file in the data folder)",
        string.Equals(config["Mail:Mode"], "Smtp", StringComparison.OrdinalIgnoreCase) ? "Smtp" : "FileDrop",
        !string.IsNullOrWhiteSpace(config.GetConnectionString("NationalReadReplica")));

    /// <summary>The settings above with the host's retention schedule from the database.</summary>
    public static async Task<HostDetails> LoadAsync(IConfiguration config, Poet.Data.PoetDb db, CancellationToken ct = default) =>
        From(config) with { Retention = await RetentionSchedule.LoadAsync(db, ct) };

    private static string Value(string? v) => string.IsNullOrWhiteSpace(v) ? HostDetails.NotSet : v.Trim();
}
