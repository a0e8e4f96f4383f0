using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;

namespace Poet.Web.Pages.Shared;

/// <summary>One page of audit entries, newest first; shown by _AuditTable on the admin and partnership audit pages.</summary>
public sealed record AuditListing(IReadOnlyList<AuditEntry> Entries, int Page, int PageCount, Func<int, string> LinkToPage)
{
    public const int PageSize = 100;

    public static async Task<AuditListing> LoadAsync(IQueryable<AuditEntry> entries, int page, Func<int, string> linkToPage)
    {
        var total = await entries.CountAsync();
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        // Id follows insertion, so it orders as time does without relying on how a provider sorts dates.
        var rows = await entries.OrderByDescending(a => a.Id).Skip((page - 1) * PageSize).Take(PageSize).AsNoTracking().ToListAsync();
        return new AuditListing(rows, page, pageCount, linkToPage);
    }
}
