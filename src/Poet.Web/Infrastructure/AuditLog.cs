using System.Security.Claims;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Infrastructure;

public static class AuditLog
{
    /// <summary>Adds an audit entry to the unit of work; it is saved with the change it describes.</summary>
    public static void Record(this PoetDb db, ClaimsPrincipal user, int? partnershipId, string action, string detail = "") =>
        db.Audit.Add(new AuditEntry
        {
            AtUtc = db.UtcNow,
            UserId = user.FindFirstValue(ClaimTypes.NameIdentifier),
            UserName = user.Identity?.Name ?? "system",
            PartnershipId = partnershipId,
            Action = action,
            Detail = detail.Length > 2000 ? detail[..2000] : detail,
        });
}
