namespace EntSync.Core.Model.Edt;

/// <summary>
/// The clear envelope of Index Education's encrypted export (EXPORT_INDEX_EDUCATION, FORMATS.md §9.1). The timetable
/// itself is in CONTENU, readable only by a partner holding its private key: EntSync routes and forwards such a file,
/// it does not open it, so no record counts apply.
/// </summary>
public sealed record EdtChiffreExport : IExportContent
{
    public string? Version { get; init; }
    public string? Logiciel { get; init; }
    /// <summary>The NOM of each CLES/PARTENAIRE, i.e. who can read CONTENU (e.g. INDEXEDUCATION and the ENT).</summary>
    public IReadOnlyList<string> Partenaires { get; init; } = [];
    public DateTimeOffset? DateHeure { get; init; }
    public string? Uai { get; init; }
    public string? NomEtablissement { get; init; }
    public string? CodePostalVille { get; init; }
    /// <summary>CONTENU/@CompresseAvantChiffrement (true when absent, as the schema says).</summary>
    public bool Compresse { get; init; } = true;
    /// <summary>Size of the encrypted content in bytes (decoded base64 length).</summary>
    public long TailleContenu { get; init; }
    /// <summary>VERIFICATION as written (base64 SHA-256).</summary>
    public string? Verification { get; init; }

    public ExportCounts Counts { get; } = new();
}
