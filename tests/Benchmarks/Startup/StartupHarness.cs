using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Charity.Benchmarks.Startup;

/// <summary>
/// Measures how long the built portal takes to serve its sign-in page: cold (empty SQLite file: migrations,
/// reference data and demo data are written) and warm (the same file again). The budget is 30 s.
/// </summary>
internal static class StartupHarness
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(string[] args)
    {
        var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
        var portal = FindPortalAssembly();
        Console.WriteLine($"Portal: {portal}");
        var cold = new List<TimeSpan>();
        var warm = new List<TimeSpan>();
        for (var run = 0; run < runs; run++)
        {
            var database = Path.Combine(Path.GetTempPath(), $"charity-startup-{Guid.NewGuid():N}.db");
            try
            {
                cold.Add(await TimeToSignInPageAsync(portal, database));
                warm.Add(await TimeToSignInPageAsync(portal, database));
            }
            finally
            {
                File.Delete(database);
            }
        }

        Report("cold start (empty database, demo data seeded)", cold);
        Report("warm start (existing database)", warm);
        return cold.Max() <= Budget ? 0 : 1;
    }

    private static void Report(string label, List<TimeSpan> samples)
    {
        var median = samples.Order().ElementAt(samples.Count / 2);
        Console.WriteLine(
            $"{label}: median {median.TotalSeconds:F2} s over {samples.Count} runs " +
            $"(min {samples.Min().TotalSeconds:F2} s, max {samples.Max().TotalSeconds:F2} s) = {median / Budget:P1} of the 30 s budget");
    }

    private static async Task<TimeSpan> TimeToSignInPageAsync(string portal, string database)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(portal)! };
        foreach (var argument in new[] { portal, "--urls", $"http://127.0.0.1:{port}", "--demo" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Sqlite"] = $"Data Source={database}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the portal.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (clock.Elapsed < Budget * 4)
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"The portal exited with code {process.ExitCode}.");
                }

                try
                {
                    using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/account/login"));
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        return clock.Elapsed;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }
                catch (TaskCanceledException)
                {
                    // Listening but still busy.
                }

                await Task.Delay(50);
            }

            throw new TimeoutException("The portal did not serve its sign-in page within two minutes.");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static string FindPortalAssembly()
    {
        var candidate = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Portal.Blazor", "bin", "Release", "net10.0", "Portal.Blazor.dll");
        return File.Exists(candidate)
            ? Path.GetFullPath(candidate)
            : throw new FileNotFoundException("Build the portal first: dotnet build src/Portal.Blazor -c Release", candidate);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
