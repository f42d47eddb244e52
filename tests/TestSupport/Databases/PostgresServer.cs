using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Charity.TestSupport.Databases;

/// <summary>
/// A throwaway PostgreSQL server for the test run: <c>initdb</c> into a temporary folder, started on a free
/// 127.0.0.1 port with fsync off, stopped and deleted when the test process exits. Set
/// <c>CHARITY_TEST_POSTGRES</c> to a connection string to use an existing server instead.
/// </summary>
public sealed class PostgresServer
{
    public const string OverrideVariable = "CHARITY_TEST_POSTGRES";
    private const string FolderPrefix = "charity-pg-";
    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartAsync);

    private readonly string? _folder;
    private readonly string? _binaries;

    private PostgresServer(string adminConnectionString, string? folder, string? binaries)
    {
        AdminConnectionString = adminConnectionString;
        _folder = folder;
        _binaries = binaries;
    }

    /// <summary>A connection string to the server's maintenance database, as a superuser.</summary>
    public string AdminConnectionString { get; }

    public static Task<PostgresServer> GetAsync() => Shared.Value;

    private static async Task<PostgresServer> StartAsync()
    {
        if (Environment.GetEnvironmentVariable(OverrideVariable) is { Length: > 0 } configured)
        {
            return new PostgresServer(configured, folder: null, binaries: null);
        }

        var binaries = FindBinaries() ?? throw new InvalidOperationException(
            $"PostgreSQL server binaries were not found. Install the 'postgresql' package (CI does) or set {OverrideVariable}.");
        DeleteStaleFolders();
        var folder = Directory.CreateTempSubdirectory(FolderPrefix).FullName;
        var data = Path.Combine(folder, "data");
        var port = FreePort();
        var runAsPostgres = IsRoot();
        if (runAsPostgres)
        {
            await RunAsync("chown", ["-R", "postgres:postgres", folder], asPostgres: false);
        }

        await RunAsync(Path.Combine(binaries, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"], runAsPostgres);
        await RunAsync(Path.Combine(binaries, "pg_ctl"),
            ["-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o",
             $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
             "start"],
            runAsPostgres);
        var server = new PostgresServer($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres", folder, binaries);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop(runAsPostgres);
        return server;
    }

    private void Stop(bool asPostgres)
    {
        if (_folder is null || _binaries is null)
        {
            return;
        }

        RunAsync(Path.Combine(_binaries, "pg_ctl"), ["-D", Path.Combine(_folder, "data"), "-m", "immediate", "stop"], asPostgres).GetAwaiter().GetResult();
        TryDelete(_folder);
    }

    /// <summary>Removes folders of earlier runs whose server is no longer running (an exit can outrun the delete).</summary>
    private static void DeleteStaleFolders()
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            if (!File.Exists(Path.Combine(folder, "data", "postmaster.pid")))
            {
                TryDelete(folder);
            }
        }
    }

    private static void TryDelete(string folder)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
                return;
            }
            catch (IOException)
            {
                Thread.Sleep(100);
            }
        }
    }

    private static string? FindBinaries()
    {
        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0).Select(d => Path.Combine(d, "bin"))
            : [];
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator);
        return candidates.Concat(onPath).FirstOrDefault(dir => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [DllImport("libc", EntryPoint = "geteuid")]
    private static extern uint GetEffectiveUserId();

    /// <summary>initdb refuses to run as root, so as root the server runs as the 'postgres' user.</summary>
    private static bool IsRoot() => OperatingSystem.IsLinux() && GetEffectiveUserId() == 0;

    private static async Task RunAsync(string fileName, IReadOnlyList<string> arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : fileName) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (asPostgres)
        {
            foreach (var prefix in new[] { "-u", "postgres", "--", fileName })
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }
}
