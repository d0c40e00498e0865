using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;

namespace CorridorSim.Tests.TestSupport;

/// <summary>Runs dotnet (or another program) as a child process, clear of the test run's MSBuild settings, killed with its children after a time limit.</summary>
internal static class DotnetProcess
{
    /// <summary>The configuration this test assembly was built in ("Release" under <c>dotnet test -c Release</c>).</summary>
    public static string Configuration => typeof(DotnetProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    /// <summary>The .NET installation running this test: shared/Microsoft.NETCore.App/&lt;version&gt;/ is three levels below it.</summary>
    public static string DotnetRoot => Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    /// <summary>Starts the corridorsim built beside this test assembly as a child process with <paramref name="args"/>, its output captured; the caller waits for it or kills it.</summary>
    public static Process StartCorridorSim(params string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(DotnetRoot, "dotnet")) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "corridorsim.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    public static (int Code, string Output, string Error) Dotnet(string folder, TimeSpan limit, params string[] args) =>
        Exec(folder, Path.Combine(DotnetRoot, RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "dotnet.exe" : "dotnet"), limit, args);

    public static (int Code, string Output, string Error) Exec(string folder, string file, TimeSpan limit, params string[] args) =>
        Exec(folder, file, limit, new Dictionary<string, string?>(), args);

    /// <summary>Runs <paramref name="file"/> with <paramref name="environment"/> added to (a null value: removed from) the child's environment.</summary>
    public static (int Code, string Output, string Error) Exec(string folder, string file, TimeSpan limit, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Not the MSBuild settings of the test run that started us; no build node left behind holding our output.
        foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_ROOT"] = DotnetRoot;
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            return (-1, output.Result, $"{error.Result}\n{Path.GetFileName(file)} {string.Join(' ', args)} did not finish in {limit}.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
