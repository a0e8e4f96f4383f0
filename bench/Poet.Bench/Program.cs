using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Poet.Bench -- analysis   (BenchmarkDotNet: analysis and Q methodology)
// dotnet run -c Release --project bench/Poet.Bench -- load ...    (load harness against a running POET, see LoadHarness.cs)
// dotnet run -c Release --project bench/Poet.Bench -- crash ...   (kill -9 durability under load, see CrashHarness.cs)
// dotnet run -c Release --project bench/Poet.Bench -- workshop ... (60 voters at once against a running POET, see WorkshopHarness.cs)
// dotnet run -c Release --project bench/Poet.Bench -- workshop-live ... (N phones on the live channel, see LiveHarness.cs)
// dotnet run -c Release --project bench/Poet.Bench -- national ... (national dataset on PostgreSQL, see bench/results/national.md)
// dotnet run -c Release --project bench/Poet.Bench -- report-http [--requests 20] (the report page over Kestrel, see ReportHttpHarness.cs)
return args.FirstOrDefault() switch
{
    "load" => await Poet.Bench.LoadHarness.RunAsync(args[1..]),
    "crash" => await Poet.Bench.CrashHarness.RunAsync(args[1..]),
    "workshop" => await Poet.Bench.WorkshopHarness.RunAsync(args[1..]),
    "workshop-live" => await Poet.Bench.LiveHarness.RunAsync(args[1..]),
    "national" => await Poet.Bench.NationalBench.RunAsync(args[1..]),
    "report-http" => await Poet.Bench.ReportHttpHarness.RunAsync(args[1..]),
    _ => Run(args.Length > 0 && args[0] == "analysis" ? args[1..] : args),
};

static int Run(string[] rest)
{
    BenchmarkSwitcher.FromAssembly(typeof(Poet.Bench.AnalysisBenchmarks).Assembly).Run(rest.Length == 0 ? ["--filter", "*"] : rest);
    return 0;
}
