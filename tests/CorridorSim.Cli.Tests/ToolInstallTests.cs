using System.Runtime.InteropServices;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests;

/// <summary>
/// Packs the CLI as the .NET tool users install, installs it into a folder of its own and runs it
/// from outside the repository, so the built-in network and the chart native assets must travel
/// inside the package.
/// </summary>
[Collection(ChildBuilds.Name)]
public sealed class ToolInstallTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(4);

    private readonly string _temp = Path.Combine(Path.GetTempPath(), $"corridorsim-tool-{Guid.NewGuid():N}");

    public ToolInstallTests() => Directory.CreateDirectory(_temp);

    [Fact]
    public void The_packed_tool_installs_and_runs_outside_the_repository()
    {
        // A version of its own, so no cached package of an earlier run can stand in for this one.
        string version = $"0.0.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        string packages = Path.Combine(_temp, "packages");
        string tools = Path.Combine(_temp, "tools");
        string work = Path.Combine(_temp, "work");
        Directory.CreateDirectory(work);
        string config = Path.Combine(_temp, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{packages}" />
              </packageSources>
            </configuration>
            """);
        string project = Path.Combine(RepositoryRoot.Path, "src", "CorridorSim.Cli", "CorridorSim.Cli.csproj");

        // The test project references the CLI, so its build in this configuration is current: pack it as built.
        var pack = Dotnet(RepositoryRoot.Path, "pack", project, "-c", DotnetProcess.Configuration, "--no-build", "--disable-build-servers", "-o", packages, $"-p:PackageVersion={version}", $"-p:PublishDir={Path.Combine(_temp, "publish")}{Path.DirectorySeparatorChar}");
        var install = Dotnet(work, "tool", "install", "CorridorSim", "--version", version, "--tool-path", tools, "--configfile", config);
        string corridorsim = Path.Combine(tools, RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "corridorsim.exe" : "corridorsim");
        var help = Exec(work, corridorsim, "--help");
        var show = Exec(work, corridorsim, "network", "show");
        var run = Exec(work, corridorsim, "run", "--years", "0.1", "--out", "results");

        Assert.True(pack.Code == 0, $"dotnet pack failed:\n{pack.Output}\n{pack.Error}");
        Assert.True(install.Code == 0, $"dotnet tool install failed:\n{install.Output}\n{install.Error}");
        Assert.Contains($"(version '{version}') was successfully installed", install.Output, StringComparison.Ordinal);
        Assert.Equal(0, help.Code);
        Assert.Contains("corridorsim [command] [options]", help.Output, StringComparison.Ordinal);
        Assert.Contains("Examples:", help.Output, StringComparison.Ordinal);
        Assert.Equal(0, show.Code);
        Assert.Equal(string.Empty, show.Error);
        Assert.Contains("Nodes by country and kind", show.Output, StringComparison.Ordinal);
        Assert.True(run.Code == 0, $"corridorsim run failed:\n{run.Output}\n{run.Error}");
        Assert.True(File.Exists(Path.Combine(work, "results", "charts", "throughput.png")), "the installed tool drew no chart");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_temp, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open must not fail the test; the folder is in the temp directory.
        }
    }

    private static (int Code, string Output, string Error) Dotnet(string folder, params string[] args) =>
        DotnetProcess.Dotnet(folder, Limit, args);

    private static (int Code, string Output, string Error) Exec(string folder, string file, params string[] args) =>
        DotnetProcess.Exec(folder, file, Limit, args);
}
