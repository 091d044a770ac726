using System.Text;
using System.Text.RegularExpressions;
using EntSync.Infrastructure.Processes;
using EntSync.Worker.Tests.Support;

namespace EntSync.Worker.Tests.Install;

/// <summary>
/// install-service.ps1 cannot run here (no Windows, no PowerShell package for Debian 12): these tests hold what can be
/// checked without it, and parse it with pwsh where one is installed.
/// </summary>
public sealed partial class InstallScriptTests
{
    private static readonly string ScriptPath = Path.Combine(EntSync.Core.Tests.Support.Samples.Root, "install-service.ps1");

    private static string Script => File.ReadAllText(ScriptPath);

    [Fact]
    public void Script_StartsWithAUtf8ByteOrderMark_SoWindowsPowerShell51ReadsTheAccents()
    {
        var bytes = File.ReadAllBytes(ScriptPath);

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
    }

    [Fact]
    public void Script_UsesNoPowerShell7OnlySyntax()
    {
        var code = string.Join('\n', Script.Split('\n').Where(l => !l.TrimStart().StartsWith('#')));

        Assert.DoesNotMatch(PowerShell7Only(), code);
        Assert.DoesNotContain("$IsWindows", code);
        Assert.DoesNotContain("$IsLinux", code);
    }

    [Fact]
    public void Script_SupportsWhatIfAndGuardsEveryServiceChange()
    {
        Assert.Contains("SupportsShouldProcess = $true", Script);
        foreach (Match call in Regex.Matches(Script, @"^\s*(New-Service|Set-Service|Start-Service|Stop-Service|Remove-Item|Copy-Item|New-ItemProperty|Invoke-CimMethod)\b.*$", RegexOptions.Multiline))
        {
            var before = Script[..call.Index];
            var open = before.LastIndexOf("Test-Step", StringComparison.Ordinal);
            Assert.True(open >= 0 && before[open..].Count(c => c == '{') > before[open..].Count(c => c == '}'),
                $"non protégé par Test-Step (-WhatIf) : {call.Value.Trim()}");
        }
    }

    [Fact]
    public void Script_InstallsTheServiceAsTheIssueAsks()
    {
        Assert.Contains("'NT SERVICE\\EntSync'", Script);
        Assert.Contains("run --windows-service --config", Script); // the flag RunCommand accepts
        Assert.Contains("'delayed-auto'", Script);
        Assert.Contains("'restart/60000/restart/60000//0'", Script);
        Assert.Contains("@('failureflag', $ServiceName, '1')", Script);
        Assert.Contains("/inheritance:r", Script);
        Assert.Contains("if (Test-Path -LiteralPath $configFile)", Script); // an existing configuration is kept
        Assert.Contains("[switch]$Uninstall", Script);
        Assert.Contains("[switch]$RemoveData", Script);
        Assert.Contains("'service'", Script); // Linux: hands over to entsync service install
    }

    [Fact]
    public void Script_IsInTheBuildOutput_SoPublishShipsIt()
    {
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "install-service.ps1")));
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "config", "entsync.production.json")));
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "config", "entsync.schema.json")));
    }

    [PwshFact]
    public void Script_ParsesWithPowerShell()
    {
        var command = $"$e = $null; [void][System.Management.Automation.Language.Parser]::ParseFile('{ScriptPath}', [ref]$null, [ref]$e); " +
                      "if ($e.Count) { $e | ForEach-Object { $_.ToString() }; exit 1 }";
        var result = new ExternalProcessRunner()
            .RunAsync(new ProcessRequest(PwshFactAttribute.Program!, ["-NoProfile", "-NonInteractive", "-Command", command], TimeSpan.FromMinutes(2)), CancellationToken.None)
            .GetAwaiter().GetResult();

        Assert.True(result.Succeeded, result.StandardOutput + result.StandardError);
    }

    // ??, ?., ternary-free check is left out (too many false positives); these cover what 5.1 cannot parse.
    [GeneratedRegex(@"\?\?|\?\.|\s&&\s|\s\|\|\s|-AdditionalChildPath|-StartupType\s+AutomaticDelayedStart|\bclean\s*\{")]
    private static partial Regex PowerShell7Only();
}
