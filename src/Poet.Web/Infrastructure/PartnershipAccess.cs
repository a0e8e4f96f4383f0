using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Infrastructure;

/// <summary>What the signed-in user may do in one partnership. Host admins act as coordinators everywhere.</summary>
public sealed class PartnershipAccess(PoetDb db, IHttpContextAccessor http)
{
    private ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal();

    public string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);
    public bool IsHostAdmin => User.HasClaim(PoetClaims.HostAdmin, "true");

    public async Task<IReadOnlyList<PartnershipRole>> RolesInAsync(int partnershipId)
    {
        if (UserId is null) return [];
        if (IsHostAdmin) return [PartnershipRole.Coordinator, PartnershipRole.Facilitator];
        return await db.Members.Where(m => m.PartnershipId == partnershipId && m.UserId == UserId).Select(m => m.Role).ToListAsync();
    }

    /// <summary>Ids of the partnerships the user belongs to (all of them for a host admin).</summary>
    public IQueryable<int> VisiblePartnershipIds() =>
        IsHostAdmin ? db.Partnerships.Select(p => p.Id) : db.Members.Where(m => m.UserId == UserId).Select(m => m.PartnershipId).Distinct();
}

/// <summary>Marks a page that only a partnership's coordinator (or a host admin) may use.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class CoordinatorOnlyAttribute : Attribute;

/// <summary>
/// One place that keeps partnerships apart: any page whose route names a partnership ({pid}) or a round ({rid})
/// answers 404 unless the user belongs to that partnership and the round belongs to it. Pages then scope
/// every query by pid.
/// </summary>
public sealed class PartnershipAccessFilter(PartnershipAccess access, PoetDb db) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var values = context.RouteData.Values;
        if (!values.ContainsKey("pid"))
        {
            await next();
            return;
        }
        if (!int.TryParse(values["pid"]?.ToString(), out var pid))
        {
            context.Result = new NotFoundResult();
            return;
        }
        var roles = await access.RolesInAsync(pid);
        var coordinatorOnly = context.HandlerInstance.GetType().IsDefined(typeof(CoordinatorOnlyAttribute), inherit: true);
        if (roles.Count == 0 || (coordinatorOnly && !roles.Contains(PartnershipRole.Coordinator)))
        {
            context.Result = new NotFoundResult();
            return;
        }
        if (values.TryGetValue("rid", out var ridValue))
        {
            if (!int.TryParse(ridValue?.ToString(), out var rid) || !await db.Rounds.AnyAsync(r => r.Id == rid && r.PartnershipId == pid))
            {
                context.Result = new NotFoundResult();
                return;
            }
        }
        await next();
    }
}
