namespace EntSync.Worker.Install.Linux;

/// <summary>The published folder copied over the program folder (replaced as a whole).</summary>
internal sealed record CopyProgramStep(string From, string To) : InstallStep
{
    public override string Description => $"Programme copié de {From} vers {To} (remplace la version installée ; root, 0755).";
}
