namespace EntSync.Core.Model.Siecle;

/// <summary>A guardian or contact of BEE_RESPONSABLES (PERSONNE @PERSONNE_ID, FORMATS.md §3).</summary>
public sealed record Personne
{
    public required string PersonneId { get; init; }
    public string? IdPrvPer { get; init; }
    /// <summary>LC_CIVILITE: "M." or "MME".</summary>
    public string? Civilite { get; init; }
    /// <summary>LL_CIVILITE: "MONSIEUR" or "MADAME".</summary>
    public string? CiviliteLongue { get; init; }
    /// <summary>NOM_DE_FAMILLE, or NOM in older files.</summary>
    public string? NomDeFamille { get; init; }
    public string? NomUsage { get; init; }
    public string? Prenom { get; init; }
    public string? TelPersonnel { get; init; }
    public string? TelPortable { get; init; }
    public string? TelProfessionnel { get; init; }
    public string? Mel { get; init; }
    public string? AdresseId { get; init; }
    /// <summary>
    /// The address of <see cref="AdresseId"/>, resolved when the file carries its ADRESSES block. The reader sets it once
    /// the block, which comes after the persons, is read: copying each person to attach it cost 25 MB at académie scale.
    /// </summary>
    public Adresse? Adresse { get; internal set; }
    /// <summary>PCS code (2 characters).</summary>
    public string? CodeProfession { get; init; }
    public int Line { get; init; }
}
