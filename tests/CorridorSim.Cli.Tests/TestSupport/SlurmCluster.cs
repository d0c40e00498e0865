using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace CorridorSim.Tests.TestSupport;

/// <summary>
/// A Slurm cluster for a test: one of its own on this machine when Debian's slurmctld, slurmd and
/// munge are installed and this is root (munged, slurmctld and slurmd started in the foreground as
/// children, their configuration, key, state, spool and logs in a folder of the test; no systemd
/// and no cgroups: proctrack/linuxproc, task/none, no accounting), else the cluster
/// <c>sinfo</c> reaches, if any. Disposing it cancels the jobs it submitted and stops (by pid)
/// the daemons it started.
/// </summary>
internal sealed partial class SlurmCluster : IDisposable
{
    private static readonly TimeSpan ClientLimit = TimeSpan.FromSeconds(30);

    private readonly List<(string Name, Process Process, StringBuilder Output)> _daemons = [];
    private readonly List<int> _jobs = [];
    private readonly Dictionary<string, string?> _environment = [];
    private readonly string _folder;

    private SlurmCluster(string folder, string description)
    {
        _folder = folder;
        Description = description;
    }

    /// <summary>What this cluster is, for the test's output.</summary>
    public string Description { get; }

    /// <summary>The variables its clients (and so the jobs submitted, which inherit them) need: SLURM_CONF for a cluster of its own.</summary>
    public IReadOnlyDictionary<string, string?> Environment => _environment;

    /// <summary>
    /// A cluster to submit to, started in <paramref name="folder"/> when it can be; null, with
    /// <paramref name="why"/>, when there is none. A cluster of its own that does not come up is
    /// an error with the daemons' logs.
    /// </summary>
    public static SlurmCluster? Find(string folder, out string why)
    {
        why = string.Empty;
        if (!OperatingSystem.IsLinux() || OnPath("sbatch") is null || OnPath("squeue") is null)
        {
            why = "sbatch is not on PATH";
            return null;
        }

        if (OnPath("munged") is not null && OnPath("slurmctld") is not null && OnPath("slurmd") is not null && System.Environment.UserName == "root")
        {
            var own = new SlurmCluster(folder, "a single-node Slurm cluster of the test's own (munged, slurmctld and slurmd started by it)");
            try
            {
                own.Start();
            }
            catch
            {
                own.Dispose();
                throw;
            }

            return own;
        }

        var reached = new SlurmCluster(folder, "the Slurm cluster sinfo reaches");
        if (reached.Client("sinfo", "-h", "-o", "%a").Code == 0)
        {
            return reached;
        }

        why = "sbatch is on PATH but no controller answers sinfo, and the test cannot start one (it needs munged, slurmctld, slurmd and root)";
        return null;
    }

    /// <summary>sbatch with <paramref name="args"/> from <paramref name="workingFolder"/>, <paramref name="environment"/> passed on to the job; the job id.</summary>
    public int Submit(string workingFolder, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var all = new Dictionary<string, string?>(_environment);
        foreach (var (name, value) in environment)
        {
            all[name] = value;
        }

        var (code, output, error) = DotnetProcess.Exec(workingFolder, OnPath("sbatch")!, ClientLimit, all, args);
        var match = SubmittedJob().Match(output);
        if (code != 0 || !match.Success)
        {
            throw new InvalidOperationException($"sbatch {string.Join(' ', args)} failed ({code}):\n{output}\n{error}\n{Logs()}");
        }

        int job = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        _jobs.Add(job);
        return job;
    }

    /// <summary>Polls squeue until <paramref name="job"/> (every task of an array) has left the queue; false when <paramref name="limit"/> passes first.</summary>
    public bool WaitUntilGone(int job, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            var (code, output, _) = Client("squeue", "-h", "-j", job.ToString(CultureInfo.InvariantCulture), "-o", "%i %T");
            if (code == 0 && output.Trim().Length == 0)
            {
                return true;
            }

            Thread.Sleep(250);
        }

        return false;
    }

    /// <summary>Each task of <paramref name="job"/> as scontrol shows it: its array task id, JobState and ExitCode.</summary>
    public IReadOnlyList<(int Task, string State, string ExitCode)> Tasks(int job)
    {
        var (_, output, _) = Client("scontrol", "-o", "show", "job", job.ToString(CultureInfo.InvariantCulture));
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => (Field(line, "ArrayTaskId"), Field(line, "JobState"), Field(line, "ExitCode")))
            .Where(t => t.Item1.Length > 0)
            .Select(t => (int.Parse(t.Item1, CultureInfo.InvariantCulture), t.Item2, t.Item3))
            .OrderBy(t => t.Item1)];
    }

    /// <summary>A Slurm client (sinfo, squeue, scontrol, scancel) with this cluster's environment.</summary>
    public (int Code, string Output, string Error) Client(string program, params string[] args) =>
        OnPath(program) is string file
            ? DotnetProcess.Exec(_folder, file, ClientLimit, _environment, args)
            : (-1, string.Empty, $"{program} is not on PATH");

    /// <summary>The end of each daemon's log, for a failure's message.</summary>
    public string Logs()
    {
        var text = new StringBuilder();
        foreach (string log in Directory.Exists(_folder) ? Directory.GetFiles(_folder, "*.log") : [])
        {
            var lines = File.ReadAllLines(log);
            text.AppendLine(CultureInfo.InvariantCulture, $"--- {Path.GetFileName(log)} (last {Math.Min(lines.Length, 15)} lines)");
            foreach (string line in lines.TakeLast(15))
            {
                text.AppendLine(line);
            }
        }

        foreach (var (name, _, output) in _daemons)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"--- {name} printed:\n{output}");
        }

        return text.ToString();
    }

    public void Dispose()
    {
        foreach (int job in _jobs)
        {
            Client("scancel", job.ToString(CultureInfo.InvariantCulture));
        }

        // slurmd, slurmctld, then munged: SIGTERM by pid, SIGKILL if one has not stopped in 10 s.
        foreach (var (_, process, _) in Enumerable.Reverse(_daemons))
        {
            if (!process.HasExited)
            {
                DotnetProcess.Exec(_folder, OnPath("kill") ?? "kill", ClientLimit, "-TERM", process.Id.ToString(CultureInfo.InvariantCulture));
                if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
                {
                    process.Kill();
                    process.WaitForExit();
                }
            }

            process.Dispose();
        }

        _daemons.Clear();
    }

    /// <summary>Writes the key and slurm.conf, starts munged, slurmctld and slurmd, and waits until sinfo shows the node idle.</summary>
    private void Start()
    {
        string host = System.Environment.MachineName.Split('.')[0];
        var (controllerPort, nodePort) = FreePorts();
        string socket = Path.Combine(_folder, "munge.socket");
        string key = Path.Combine(_folder, "munge.key");
        string state = Directory.CreateDirectory(Path.Combine(_folder, "state")).FullName;
        string spool = Directory.CreateDirectory(Path.Combine(_folder, "spool")).FullName;

        // munged refuses a key anyone else may read; the folder is the test's (mode 700).
        File.WriteAllBytes(key, System.Security.Cryptography.RandomNumberGenerator.GetBytes(1024));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(key, UnixFileMode.UserRead);
        }

        string conf = Path.Combine(_folder, "slurm.conf");
        File.WriteAllText(conf, string.Join('\n',
            "ClusterName=corridorsim-test",
            $"SlurmctldHost={host}(127.0.0.1)",
            $"SlurmctldPort={controllerPort}",
            $"SlurmdPort={nodePort}",
            "AuthType=auth/munge",
            $"AuthInfo=socket={socket}",
            "SlurmUser=root",
            "SlurmdUser=root",
            "ProctrackType=proctrack/linuxproc",
            "TaskPlugin=task/none",
            "SelectType=select/cons_tres",
            "SelectTypeParameters=CR_Core",
            "AccountingStorageType=accounting_storage/none",
            "JobAcctGatherType=jobacct_gather/none",
            "JobCompType=jobcomp/none",
            "MpiDefault=none",
            "ReturnToService=2",
            "SlurmdParameters=config_overrides",
            $"SlurmctldPidFile={Path.Combine(_folder, "slurmctld.pid")}",
            $"SlurmdPidFile={Path.Combine(_folder, "slurmd.pid")}",
            $"StateSaveLocation={state}",
            $"SlurmdSpoolDir={spool}",
            $"SlurmctldLogFile={Path.Combine(_folder, "slurmctld.log")}",
            $"SlurmdLogFile={Path.Combine(_folder, "slurmd.log")}",
            $"NodeName={host} NodeAddr=127.0.0.1 CPUs=2 State=UNKNOWN",
            "PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP",
            string.Empty));
        _environment["SLURM_CONF"] = conf;

        Daemon("munged", "-F", "--force", "-S", socket, "--key-file", key, "--pid-file", Path.Combine(_folder, "munged.pid"), "--log-file", Path.Combine(_folder, "munged.log"), "--seed-file", Path.Combine(_folder, "munged.seed"));
        WaitFor(() => File.Exists(socket), "munged to create its socket");
        Daemon("slurmctld", "-D", "-f", conf);
        Daemon("slurmd", "-D", "-f", conf);
        WaitFor(() => Client("sinfo", "-h", "-N", "-o", "%T").Output.Trim() == "idle", $"sinfo to show {host} idle");
    }

    private void Daemon(string name, params string[] args)
    {
        var start = new ProcessStartInfo(OnPath(name)!) { WorkingDirectory = _folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (variable, value) in _environment)
        {
            start.Environment[variable] = value;
        }

        var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _daemons.Add((name, process, output));
    }

    private void WaitFor(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            var dead = _daemons.FirstOrDefault(d => d.Process.HasExited);
            if (dead.Process is not null || clock.Elapsed > TimeSpan.FromSeconds(30))
            {
                string ended = dead.Process is null ? string.Empty : $" ({dead.Name} exited with {dead.Process.ExitCode})";
                throw new InvalidOperationException($"Waited {clock.Elapsed.TotalSeconds:F0} s for {what} in vain{ended}.\n{Logs()}");
            }

            Thread.Sleep(200);
        }
    }

    /// <summary>Two TCP ports free just now, for slurmctld and slurmd.</summary>
    private static (int, int) FreePorts()
    {
        using var a = new TcpListener(IPAddress.Loopback, 0);
        using var b = new TcpListener(IPAddress.Loopback, 0);
        a.Start();
        b.Start();
        return (((IPEndPoint)a.LocalEndpoint).Port, ((IPEndPoint)b.LocalEndpoint).Port);
    }

    /// <summary>The full path of <paramref name="name"/> on PATH or in the sbin folders (not always on a user's PATH), null when there is none.</summary>
    public static string? OnPath(string name) =>
        (System.Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/sbin", "/sbin", "/usr/local/sbin"])
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);

    private static string Field(string line, string name) =>
        Regex.Match(line, $@"(?:^|\s){name}=(\S*)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)) is { Success: true } m ? m.Groups[1].Value : string.Empty;

    [GeneratedRegex(@"Submitted batch job (\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex SubmittedJob();
}
