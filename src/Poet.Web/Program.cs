using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Data.Outbox;
using Poet.Web.Infrastructure;
using Poet.Web.Pages.Workshop;

// --demo is a bare switch; configuration would otherwise read the next argument as its value.
var seedDemo = args.Contains("--demo");
var builder = WebApplication.CreateBuilder(args.Where(a => a != "--demo").ToArray());
RegisterServices(builder);
var app = builder.Build();
ConfigureApplication(app);
await Startup.PrepareAsync(app, seedDemo);
app.Run();

static void RegisterServices(WebApplicationBuilder builder)
{
    var services = builder.Services;
    var config = builder.Configuration;
    var (provider, connectionString) = DatabaseSetup.FromConfiguration(config);
    services.AddPoetDb(provider, connectionString);
    services.AddSingleton(TimeProvider.System);

    services.AddIdentity<PoetUser, IdentityRole>(o =>
        {
            // Length over composition rules (NCSC/NIST guidance): long passphrases are allowed and encouraged.
            o.Password.RequiredLength = 12;
            o.Password.RequiredUniqueChars = 5;
            o.Password.RequireDigit = false;
            o.Password.RequireLowercase = false;
            o.Password.RequireUppercase = false;
            o.Password.RequireNonAlphanumeric = false;
            // Failed passwords never lock an account (anyone could lock anyone out): sign-in checks with
            // lockoutOnFailure: false and SignInThrottle slows guessing instead. A lock set before stays until it ends
            // or the host admin lifts it.
            o.User.RequireUniqueEmail = true;
        })
        .AddEntityFrameworkStores<PoetDb>()
        .AddSignInManager<PoetSignInManager>()
        .AddPasswordValidator<Poet.Web.Infrastructure.Passwords.CommonPasswordValidator>()
        .AddDefaultTokenProviders()
        .AddTokenProvider<ResetLinkTokenProvider>(ResetLinkTokenProvider.ProviderName);
    // Account invitations are set-password links; a week gives people time to act on them.
    services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(7));
    // "Forgotten your password?" links are short-lived: an hour by default.
    services.Configure<ResetLinkTokenProviderOptions>(o => o.TokenLifespan = config.GetValue("Poet:ResetLinkLifetime", TimeSpan.FromHours(1)));
    // "Sign out everywhere" changes the security stamp; other sessions notice within a minute.
    services.Configure<SecurityStampValidatorOptions>(o =>
    {
        o.ValidationInterval = TimeSpan.FromMinutes(1);
        o.OnRefreshingPrincipal = PoetSignInManager.KeepSessionId;
    });
    services.ConfigureApplicationCookie(o =>
    {
        o.LoginPath = "/account/sign-in";
        o.LogoutPath = "/account/sign-out";
        o.AccessDeniedPath = "/account/access-denied";
        o.Cookie.Name = "poet-auth";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.SlidingExpiration = true;
        o.ExpireTimeSpan = TimeSpan.FromHours(8);
        // Signing out ends the session on the server too (PoetSignInManager): each request checks its row.
        o.Events.OnValidatePrincipal = async context =>
        {
            await SecurityStampValidator.ValidatePrincipalAsync(context);
            await PoetSignInManager.ValidateAsync(context);
        };
    });
    // The key ring lives in the database (shared by every instance), encrypted under the server secret (KeyRingEncryption).
    services.AddDataProtection().SetApplicationName("poet").PersistKeysToDbContext<PoetDb>();
    services.AddOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>()
        .Configure<PoetSecrets>((o, secrets) => o.XmlEncryptor = new KeyRingEncryptor(secrets));
    services.AddAntiforgery(o => o.Cookie.Name = "poet-af");
    // Every cookie (sign-in, antiforgery, survey, workshop) is Secure over HTTPS, also behind a trusted TLS proxy,
    // and always when the public address is https.
    services.Configure<CookiePolicyOptions>(o => o.Secure = config["Poet:BaseUrl"]?.StartsWith("https://", StringComparison.OrdinalIgnoreCase) == true
        ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);

    services.AddRazorPages(o =>
    {
        o.Conventions.AuthorizeFolder("/Partnerships");
        o.Conventions.AuthorizeFolder("/Rounds");
        o.Conventions.AuthorizeFolder("/UsersCarers");
        o.Conventions.AuthorizeFolder("/Contribution");
        o.Conventions.AuthorizeFolder("/Admin", PoetPolicies.HostAdmin);
        // A scale section's later pages (SurveyPages); "/survey/{token}/section/{n}" is its first page.
        o.Conventions.AddPageRoute("/Survey/Section", "survey/{token}/section/{n:int}/page/{p:int}");
    }).AddMvcOptions(o =>
    {
        o.Filters.Add<PartnershipAccessFilter>();
        o.ModelBinderProviders.Insert(0, new CleanTextBinderProvider());
    });
    services.AddAuthorizationBuilder().AddPolicy(PoetPolicies.HostAdmin, p => p.RequireClaim(PoetClaims.HostAdmin, "true"));
    services.AddScoped<IUserClaimsPrincipalFactory<PoetUser>, PoetClaimsFactory>();
    services.AddHttpContextAccessor();
    services.AddMemoryCache();
    services.AddScoped<PartnershipAccess>();
    services.AddSingleton<PublicUrls>();

    services.AddRateLimiter(o =>
    {
        // No body here: the status code pages show the error page for 429, with its Retry-After (Pages/Error).
        o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        var perMinute = config.GetValue("Poet:AttemptsPerMinute", 10);
        AddPerClientWindow(o, PoetRateLimits.SignIn, perMinute);
        AddPerClientWindow(o, PoetRateLimits.AccessCode, perMinute);
        AddPerClientWindow(o, PoetRateLimits.PasswordReset, perMinute);
    });

    // Usable means migrated and readable, not merely reachable: query a real table.
    services.AddHealthChecks().AddDbContextCheck<PoetDb>("database", customTestQuery: async (db, ct) =>
    {
        await db.Partnerships.AnyAsync(ct);
        return true;
    });

    services.Configure<MailOptions>(config.GetSection("Mail"));
    services.Configure<PoetOptions>(config.GetSection("Poet"));
    services.AddSingleton<MailTransport>();
    services.AddSingleton<FirstRunSetup>();
    services.AddSingleton<RateLimitKeys>();
    services.AddSingleton<SharedRateLimits>();
    services.AddSingleton<SignInThrottle>();
    services.AddPoetForwardedHeaders(config);
    services.AddSingleton<Leases>();
    services.AddSingleton<PoetSecrets>();
    services.AddSingleton<SealedAnswers>();
    services.AddSingleton<SubmissionMix>();
    services.AddSingleton<Outbox>();
    services.AddSingleton<Reminders>();
    services.AddSingleton<RetentionJob>();
    services.AddHostedService<LeaseRelease>(); // first registered, last stopped: after the workers
    services.AddHostedService<OutboxWorker>();
    services.AddHostedService<SubmissionMixWorker>();
    services.AddHostedService<ReminderWorker>();
    services.AddHostedService<RetentionWorker>();

    // The workshop's live channel (ADR 0004): in process on SQLite (one instance), LISTEN/NOTIFY on PostgreSQL.
    services.AddSignalR();
    services.AddSingleton<WorkshopFanOut>();
    services.AddSingleton<WorkshopEvents>();
    if (provider == DatabaseProvider.Postgres)
    {
        services.AddSingleton(sp => new PostgresBackplane(connectionString,
            sp.GetRequiredService<WorkshopFanOut>(), sp.GetRequiredService<ILogger<PostgresBackplane>>()));
        services.AddSingleton<IWorkshopBackplane>(sp => sp.GetRequiredService<PostgresBackplane>());
        services.AddHostedService(sp => sp.GetRequiredService<PostgresBackplane>());
    }
    else services.AddSingleton<IWorkshopBackplane, InProcessBackplane>();
}

// Only attempts (POSTs) count: reading the form must not use up someone's tries. Counted in the database, so the
// limit holds across instances behind a load balancer.
static void AddPerClientWindow(RateLimiterOptions o, string policy, int permitPerMinute) =>
    o.AddPolicy(policy, ctx => HttpMethods.IsGet(ctx.Request.Method) ? RateLimitPartition.GetNoLimiter("read") :
        ctx.RequestServices.GetRequiredService<SharedRateLimits>().Partition(policy, ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown", permitPerMinute));

static void ConfigureApplication(WebApplication app)
{
    app.UseForwardedHeaders();
    app.UseExceptionHandler("/error");
    app.UseMiddleware<FormNulFilter>();
    app.UseStatusCodePagesWithReExecute("/error/{0}");
    app.UseMiddleware<SecurityHeaders>();
    app.UseCookiePolicy();
    app.UseStaticFiles();
    app.UseRouting();
    app.UseRateLimiter();
    app.UseAuthentication();
    app.UseAuthorization();
    app.MapHealthChecks("/health", new HealthCheckOptions
    {
        ResultStatusCodes = { [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable },
    });
    app.MapRazorPages();
    // Signed-in staff's sockets close when their sign-in expires; phones are anonymous and only listen.
    app.MapHub<WorkshopHub>(WorkshopHub.Path, o => o.CloseOnAuthenticationExpiration = true);
}

public partial class Program;
