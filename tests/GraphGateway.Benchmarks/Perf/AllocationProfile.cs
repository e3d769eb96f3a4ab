using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace GraphGateway.Benchmarks.Perf;

/// <summary>
/// <c>--alloc-profile [requests] [http]</c>: runs the cached-plan bench request of <see cref="CachedRequestBenchmarks"/>
/// (or, with <c>http</c>, <see cref="HttpRequestBenchmarks.HttpLayer"/>: the client HTTP path with an executor stub)
/// (default 2,000 times after its setup) under an in-process <see cref="EventListener"/> for the runtime's
/// <c>GCAllocationTick</c> events (one sample per ~100 KB allocated, naming the type of the object that crossed the
/// threshold) and prints allocated bytes per request and the sampled share of each type. No stacks: it tells what is
/// allocated, not where; use dotnet-trace's gc-verbose profile for call sites.
/// </summary>
internal static class AllocationProfile
{
    public static int Run(string[] args)
    {
        var count = args.Length > 1 && int.TryParse(args[1], out var n) ? n : 2000;
        Func<Task<int>> request;
        if (args.Length > 2 && args[2] == "http")
        {
            var http = new HttpRequestBenchmarks();
            http.Setup();
            request = http.HttpLayer;
        }
        else
        {
            var bench = new CachedRequestBenchmarks();
            bench.Setup();
            request = bench.Request;
        }

        using var listener = new AllocationListener();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < count; i++)
        {
            request().GetAwaiter().GetResult();
        }

        var perRequest = (GC.GetTotalAllocatedBytes(precise: true) - before) / count;
        listener.Dispose();
        var samples = listener.Samples.ToArray();
        var total = samples.Sum(s => s.Value);
        Console.WriteLine($"{perRequest:N0} bytes allocated per request over {count:N0} requests; {total:N0} sampled bytes by type:");
        foreach (var (type, bytes) in samples.OrderByDescending(s => s.Value).Take(40))
        {
            Console.WriteLine($"{100.0 * bytes / total,6:0.0} %  ~{(double)bytes / count,10:N0} B/request  {type}");
        }

        return 0;
    }

    private sealed class AllocationListener : EventListener
    {
        public ConcurrentDictionary<string, long> Samples { get; } = new(StringComparer.Ordinal);

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || e.Payload is null)
            {
                return;
            }

            var type = e.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t] as string ?? "?" : "?";
            var amount = e.PayloadNames!.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a]) : 100_000;
            Samples.AddOrUpdate(type, amount, (_, v) => v + amount);
        }
    }
}
