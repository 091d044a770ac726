using System.Text.RegularExpressions;
using EntSync.Infrastructure.Processes;

namespace EntSync.Worker.Operations;

/// <summary>
/// The installed service's state, in French, from the platform's service manager: <c>systemctl is-active</c> on Linux,
/// <c>sc.exe query</c> on Windows (its state keywords are not translated, unlike its labels); "inconnu" when neither
/// answers (no systemd, as in a container).
/// </summary>
internal sealed partial class ServiceStateProbe(IProcessRunner runner, bool isWindows, bool systemdRunning)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public static ServiceStateProbe ForThisMachine() =>
        new(new ExternalProcessRunner(), OperatingSystem.IsWindows(), Directory.Exists("/run/systemd/system"));

    public string Describe()
    {
        try
        {
            if (isWindows) return Windows(Run("sc.exe", "query", "EntSync"));
            if (systemdRunning) return Systemd(Run("systemctl", "is-active", "entsync.service").StandardOutput.Trim());
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or IOException)
        {
            // The service manager's command is missing: fall through to "unknown".
        }

        return "inconnu (ni systemd ni gestionnaire de services Windows sur cette machine)";
    }

    private static string Systemd(string state) => state switch
    {
        "active" => "actif (systemd)",
        "activating" => "en cours de démarrage (systemd)",
        "deactivating" => "en cours d'arrêt (systemd)",
        "failed" => "en échec (systemd) : voir journalctl -u entsync",
        "inactive" => "arrêté ou non installé (systemd)",
        _ => $"inconnu (systemctl : {state})",
    };

    private static string Windows(ProcessResult result)
    {
        if (result.ExitCode == 1060) return "non installé (Windows)"; // ERROR_SERVICE_DOES_NOT_EXIST
        var state = StateLine().Match(result.StandardOutput);
        return !state.Success ? "inconnu (sc.exe)" : state.Groups[1].Value switch
        {
            "RUNNING" => "actif (service Windows)",
            "STOPPED" => "arrêté (service Windows)",
            "START_PENDING" => "en cours de démarrage (service Windows)",
            "STOP_PENDING" => "en cours d'arrêt (service Windows)",
            var other => $"{other} (service Windows)",
        };
    }

    private ProcessResult Run(string program, params string[] arguments) =>
        runner.RunAsync(new ProcessRequest(program, arguments, Timeout), CancellationToken.None).GetAwaiter().GetResult();

    [GeneratedRegex(@":\s*\d\s+(STOPPED|START_PENDING|STOP_PENDING|RUNNING|CONTINUE_PENDING|PAUSE_PENDING|PAUSED)\b")]
    private static partial Regex StateLine();
}
