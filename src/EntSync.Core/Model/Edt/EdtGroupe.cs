namespace EntSync.Core.Model.Edt;

/// <summary>
/// A group, made of whole classes and/or parties de classe. <see cref="Eleves"/> holds direct memberships, which only
/// newer exports write (Eleve inside Groupe); the 2013 format reaches pupils through the parties de classe.
/// </summary>
public sealed record EdtGroupe
{
    public required string Ident { get; init; }
    public string? Nom { get; init; }
    public IReadOnlyList<string> Classes { get; init; } = [];
    public IReadOnlyList<string> PartiesDeClasse { get; init; } = [];
    public IReadOnlyList<EdtInscription> Eleves { get; init; } = [];
}
