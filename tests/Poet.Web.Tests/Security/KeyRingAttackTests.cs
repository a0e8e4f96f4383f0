using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Poet.Data.Entities;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Security;

/// <summary>
/// Someone with a copy of the database (a stolen backup) tries to sign in on the live server as the host
/// administrator by forging the auth cookie with the Data Protection keys the database holds (docs/anonymity.md).
/// </summary>
public class KeyRingAttackTests(PoetApp live) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task CopyOfTheDatabase_CannotMakeACookieTheLiveServerAccepts()
    {
        var admin = $"admin-{Guid.NewGuid():N}@example.org";
        await live.CreateUserAsync(admin, hostAdmin: true);
        var signedIn = await live.SignedInClientAsync(admin);
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/admin")).StatusCode);

        // The key ring in the database holds no key material in the clear.
        var keys = await live.WithDbAsync(db => db.DataProtectionKeys.AsNoTracking().ToListAsync());
        Assert.NotEmpty(keys);
        Assert.All(keys, k => Assert.Contains("poetEncryptedKey", k.Xml));
        Assert.All(keys, k => Assert.DoesNotContain("<masterKey", k.Xml));

        // The copy also holds the administrator's live session id (AspNetUserTokens), which a forged cookie must carry.
        var session = await live.WithDbAsync(db => db.UserTokens.Where(t => t.LoginProvider == Poet.Web.Infrastructure.PoetSignInManager.Provider && t.UserId == db.Users.Single(u => u.Email == admin).Id).Select(t => t.Name).FirstAsync());
        // Control: the forging procedure works with the live server's own keys (so this test can fail).
        Assert.Equal(HttpStatusCode.OK, await TryAdminWithCookieAsync(await ForgeAsync(live, admin, session)));

        // The attacker's own POET on a copy of the database: every key and the administrator's row, but not the secret.
        await using var attacker = new PoetApp();
        await ((IAsyncLifetime)attacker).InitializeAsync();
        var user = await live.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == admin));
        await attacker.WithDbAsync(async db =>
        {
            db.Users.Add(user);
            db.DataProtectionKeys.AddRange(keys.Select(k => new Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey { FriendlyName = k.FriendlyName, Xml = k.Xml }));
            await db.SaveChangesAsync();
        });
        var forged = await ForgeAsync(attacker, admin, session);

        Assert.Equal(HttpStatusCode.Redirect, await TryAdminWithCookieAsync(forged));
        await ((IAsyncLifetime)attacker).DisposeAsync();
    }

    /// <summary>A poet-auth cookie for <paramref name="email"/>, made as the cookie handler makes it, with that app's key ring.</summary>
    private static async Task<string> ForgeAsync(PoetApp app, string email, string session)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PoetUser>>();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<PoetUser>>();
        var principal = await signIn.CreateUserPrincipalAsync((await users.FindByEmailAsync(email))!);
        ((System.Security.Claims.ClaimsIdentity)principal.Identity!).AddClaim(new System.Security.Claims.Claim(Poet.Web.Infrastructure.PoetSignInManager.SessionClaim, session));
        var protector = scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector("Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware", IdentityConstants.ApplicationScheme, "v2");
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = DateTimeOffset.UtcNow, ExpiresUtc = DateTimeOffset.UtcNow.AddHours(1) }, IdentityConstants.ApplicationScheme);
        return new TicketDataFormat(protector).Protect(ticket);
    }

    private async Task<HttpStatusCode> TryAdminWithCookieAsync(string cookie)
    {
        var client = live.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add("Cookie", "poet-auth=" + cookie);
        return (await client.SendAsync(request)).StatusCode;
    }
}
