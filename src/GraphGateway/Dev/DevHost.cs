using GraphGateway.AspNetCore.Configuration;
using System.Diagnostics;

namespace GraphGateway.Cli.Dev;

/// <summary>
/// Runs the configured subgraphs and the gateway as child processes: starts every subgraph from its built
/// assembly, waits (bounded) until each <c>/graphql</c> answers, starts <c>graphgateway serve</c> over the
/// supergraph with the subgraph URLs, waits for it, prints the endpoint, and on cancellation (Ctrl+C/SIGTERM)
/// or when any child exits stops every child it started, by PID. Exit codes: 0 stopped on request,
/// 1 a process failed to start or exited, 2 the settings are wrong or a subgraph is not built.
/// </summary>
internal sealed class DevHost(DevOptions options, DevRun run, TextWriter output)
{
    /// <summary>
    /// Log levels every child starts with, so the console shows warnings and errors rather than ASP.NET Core's
    /// per-request lines (every readiness probe) and EF Core's SQL; a subgraph's Environment setting overrides them.
    /// </summary>
    private static readonly KeyValuePair<string, string>[] QuietLogs =
    [
        new("Logging__LogLevel__Microsoft.AspNetCore", "Warning"),
        new("Logging__LogLevel__Microsoft.EntityFrameworkCore", "Warning"),
    ];

    private readonly List<ChildProcess> _children = [];

    /// <summary>Runs until <paramref name="stop"/> is cancelled or a child exits.</summary>
    public async Task<int> RunAsync(CancellationToken stop)
    {
        var clock = Stopwatch.StartNew();
        var plan = Prepare();
        if (plan is null)
        {
            return 2;
        }

        void KillAll(object? sender, EventArgs e)
        {
            foreach (var child in Snapshot())
            {
                child.KillNow();
            }
        }

        AppDomain.CurrentDomain.ProcessExit += KillAll;
        try
        {
            if (run.Build && !await BuildAsync(plan, stop).ConfigureAwait(false))
            {
                return 1;
            }

            var built = clock.Elapsed;
            if (run.Build)
            {
                Say($"subgraphs built in {built.TotalSeconds:0.0} s");
            }

            clock.Restart();

            if (!CheckBuilt(plan))
            {
                return 2;
            }

            return await StartAndWaitAsync(plan, clock, stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            Say("stopping (cancelled while starting)");
            return 0;
        }
        finally
        {
            await StopAllAsync().ConfigureAwait(false);
            AppDomain.CurrentDomain.ProcessExit -= KillAll;
        }
    }

    private sealed record SubgraphPlan(string Name, string ProjectFile, string Assembly, Uri Url, DevSubgraphOptions Options);

    private sealed record Plan(IReadOnlyList<SubgraphPlan> Subgraphs, string Supergraph, Uri GatewayUrl);

    private Plan? Prepare()
    {
        var errors = new List<string>(DevOptionsValidator.Validate(options));
        var subgraphs = new List<SubgraphPlan>();
        string? supergraph = null;
        if (errors.Count == 0)
        {
            foreach (var (name, subgraph) in options.Subgraphs.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                var (projectFile, error) = SubgraphProject.FindProjectFile(subgraph.Project, run.BaseDirectory);
                if (projectFile is null)
                {
                    errors.Add($"{DevOptions.SectionName}:Subgraphs:{name}:Project: {error}");
                    continue;
                }

                subgraphs.Add(new SubgraphPlan(name, projectFile, SubgraphProject.EntryAssembly(projectFile, run.Configuration), new Uri(subgraph.Url), subgraph));
            }

            var gatewayUrl = new Uri(options.GatewayUrl);
            if (!FreePort.IsFree(gatewayUrl))
            {
                errors.Add($"{DevOptions.SectionName}:GatewayUrl: port {gatewayUrl.Port} is already in use (another `graphgateway dev`?); stop it, or pass --port N or --free-ports.");
            }

            foreach (var subgraph in subgraphs.Where(s => !FreePort.IsFree(s.Url)))
            {
                errors.Add($"{DevOptions.SectionName}:Subgraphs:{subgraph.Name}:Url: port {subgraph.Url.Port} is already in use (another `graphgateway dev`?); stop it, or pass --free-ports.");
            }

            supergraph = Path.GetFullPath(options.Supergraph, run.BaseDirectory);
            if (!File.Exists(supergraph))
            {
                errors.Add($"{DevOptions.SectionName}:Supergraph: {supergraph} does not exist (compose it with `graphgateway compose`, or pass --supergraph).");
            }
        }

        foreach (var error in errors)
        {
            Say("error: " + error);
        }

        return errors.Count == 0 ? new Plan(subgraphs, supergraph!, new Uri(options.GatewayUrl)) : null;
    }

    private async Task<bool> BuildAsync(Plan plan, CancellationToken stop)
    {
        foreach (var subgraph in plan.Subgraphs)
        {
            Say($"building {subgraph.Name} ({Path.GetRelativePath(run.BaseDirectory, subgraph.ProjectFile)}, {run.Configuration})");
            using var build = ChildProcess.Start("build", DotnetHost.Path,
                ["build", subgraph.ProjectFile, "-c", run.Configuration, "-nologo", "-v", "q", "-clp:ErrorsOnly"],
                run.BaseDirectory, new Dictionary<string, string>(), output);
            Track(build);
            await build.Exited.WaitAsync(stop).ConfigureAwait(false);
            lock (_children)
            {
                _children.Remove(build);
            }

            if (build.ExitCode != 0)
            {
                Say($"error: building {subgraph.Name} failed (exit code {build.ExitCode}).");
                return false;
            }
        }

        return true;
    }

    private bool CheckBuilt(Plan plan)
    {
        var ok = true;
        foreach (var subgraph in plan.Subgraphs.Where(s => !File.Exists(s.Assembly)))
        {
            Say($"error: subgraph '{subgraph.Name}' is not built: {subgraph.Assembly} is missing. " +
                $"Run `graphgateway dev --build`, or `dotnet build {Path.GetRelativePath(run.BaseDirectory, subgraph.ProjectFile)} -c {run.Configuration}`.");
            ok = false;
        }

        return ok;
    }

    private async Task<int> StartAndWaitAsync(Plan plan, Stopwatch clock, CancellationToken stop)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(options.StartupTimeoutSeconds);
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false });
        var probe = new ReadinessProbe(http);

        foreach (var subgraph in plan.Subgraphs)
        {
            var listen = ListenUrl(subgraph.Url);
            var environment = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["DOTNET_ENVIRONMENT"] = "Development",
                ["ASPNETCORE_URLS"] = listen,
            };
            foreach (var (key, value) in QuietLogs.Concat(subgraph.Options.Environment))
            {
                environment[key] = value;
            }

            var child = ChildProcess.Start(subgraph.Name, DotnetHost.Path, [subgraph.Assembly, "--urls", listen],
                Path.GetDirectoryName(subgraph.ProjectFile)!, environment, output);
            Track(child);
            Say($"started {subgraph.Name} (pid {child.Id}) at {subgraph.Url}");
        }

        var started = Snapshot();
        var waits = plan.Subgraphs.Select((s, i) => probe.WaitAsync(s.Url, started[i], deadline, stop)).ToArray();
        var failures = (await Task.WhenAll(waits).ConfigureAwait(false))
            .Select((reason, i) => (reason, child: started[i]))
            .Where(r => r.reason is not null)
            .ToList();
        if (failures.Count > 0)
        {
            foreach (var (reason, child) in failures)
            {
                ReportFailure(child, reason!);
            }

            return 1;
        }

        Say($"subgraphs ready after {clock.Elapsed.TotalSeconds:0.0} s");
        var gateway = StartGateway(plan);

        // The gateway gets a window of its own: subgraphs that were slow to start (a busy machine) must not leave it
        // a single readiness attempt.
        var gatewayDeadline = DateTimeOffset.UtcNow.AddSeconds(options.StartupTimeoutSeconds);
        var gatewayFailure = await probe.WaitAsync(plan.GatewayUrl, gateway, gatewayDeadline, stop).ConfigureAwait(false);
        if (gatewayFailure is not null)
        {
            ReportFailure(gateway, gatewayFailure);
            return 1;
        }

        lock (output)
        {
            output.WriteLine();
            output.WriteLine($"GraphGateway is serving at {plan.GatewayUrl}");
            foreach (var subgraph in plan.Subgraphs)
            {
                output.WriteLine($"  subgraph {subgraph.Name,-12} {subgraph.Url}");
            }

            output.WriteLine($"Ready in {clock.Elapsed.TotalSeconds:0.0} s. Open the URL in a browser for the IDE. Press Ctrl+C to stop.");
            output.WriteLine();
            output.Flush();
        }

        var exited = Task.WhenAny(Snapshot().Select(c => c.Exited));
        await Task.WhenAny(exited, Task.Delay(Timeout.Infinite, stop)).ConfigureAwait(false);
        if (stop.IsCancellationRequested)
        {
            Say("stopping");
            return 0;
        }

        var gone = Snapshot().First(c => c.HasExited);
        Say($"error: {gone.Name} (pid {gone.Id}) exited with code {gone.ExitCode}; stopping the others.");
        return 1;
    }

    private ChildProcess StartGateway(Plan plan)
    {
        var listen = ListenUrl(plan.GatewayUrl);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = listen,
            ["GraphGateway__Supergraph__Path"] = plan.Supergraph,
            ["GraphGateway__QueryPlan__AllowHeader"] = "true",
            ["GraphGateway__Ide__Enabled"] = "true",
        };
        foreach (var (key, value) in QuietLogs)
        {
            environment[key] = value;
        }

        foreach (var subgraph in plan.Subgraphs)
        {
            environment[$"GraphGateway__Subgraphs__{subgraph.Name}__Url"] = subgraph.Url.ToString();
        }

        var gateway = ChildProcess.Start("gateway", DotnetHost.Path, [run.GatewayAssembly, "serve", "--supergraph", plan.Supergraph],
            run.BaseDirectory, environment, output);
        Track(gateway);
        Say($"started gateway (pid {gateway.Id}) at {plan.GatewayUrl} over {Path.GetRelativePath(run.BaseDirectory, plan.Supergraph)}");
        return gateway;
    }

    private async Task StopAllAsync()
    {
        var all = Snapshot();
        var running = all.Where(c => !c.HasExited).Reverse().ToList();
        var grace = TimeSpan.FromSeconds(options.StopTimeoutSeconds);
        await Task.WhenAll(running.Select(c => c.StopAsync(grace))).ConfigureAwait(false);
        foreach (var child in running)
        {
            Say($"stopped {child.Name} (pid {child.Id})");
        }

        foreach (var child in all)
        {
            child.Dispose();
        }

        lock (_children)
        {
            _children.Clear();
        }
    }

    private void Track(ChildProcess child)
    {
        lock (_children)
        {
            _children.Add(child);
        }
    }

    private List<ChildProcess> Snapshot()
    {
        lock (_children)
        {
            return [.. _children];
        }
    }

    private void ReportFailure(ChildProcess child, string reason)
    {
        lock (output)
        {
            output.WriteLine($"graphgateway dev: error: {child.Name} (pid {child.Id}) {reason}. Its last output:");
            foreach (var line in child.LastLines)
            {
                output.WriteLine($"  | {line}");
            }

            output.Flush();
        }
    }

    private void Say(string message)
    {
        lock (output)
        {
            output.WriteLine("graphgateway dev: " + message);
            output.Flush();
        }
    }

    private static string ListenUrl(Uri url) => url.GetLeftPart(UriPartial.Authority);
}
