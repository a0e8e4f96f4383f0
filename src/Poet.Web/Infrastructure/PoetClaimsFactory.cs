using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Poet.Data.Entities;

namespace Poet.Web.Infrastructure;

public sealed class PoetClaimsFactory(UserManager<PoetUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PoetUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PoetUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.IsHostAdmin) identity.AddClaim(new Claim(PoetClaims.HostAdmin, "true"));
        identity.AddClaim(new Claim("poet:name", user.DisplayName));
        return identity;
    }
}
