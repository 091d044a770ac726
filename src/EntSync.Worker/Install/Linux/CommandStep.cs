namespace EntSync.Worker.Install.Linux;

/// <summary>An external program (systemctl, userdel); <see cref="MayFail"/>: its failure does not stop the plan.</summary>
internal sealed record CommandStep(string Why, string Program, IReadOnlyList<string> Arguments, bool MayFail = false) : InstallStep
{
    public override string Description => $"{Why} : {Program} {string.Join(' ', Arguments)}{(MayFail ? " (sans effet si rien à faire)" : "")}.";
}
