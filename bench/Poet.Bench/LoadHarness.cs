namespace Poet.Bench;

public static class LoadHarness
{
    public static Task<int> RunAsync(string[] args)
    {
        Console.Error.WriteLine("load harness: not built yet");
        return Task.FromResult(2);
    }
}
