namespace EntSync.Generator.Model;

/// <summary>A fictitious pupil. <see cref="Division"/> is null for a pupil not yet placed in a class.</summary>
public sealed record GenEleve
{
    public required int EleveId { get; init; }
    public required string Elenoet { get; init; }
    public string? Ine { get; init; }
    public required string NomDeFamille { get; init; }
    public string? NomUsage { get; init; }
    public required string Prenom { get; init; }
    public string? Prenom2 { get; init; }
    public DateOnly? DateNaiss { get; init; }
    /// <summary>"1" masculin, "2" féminin, null when missing (fiche bloquante).</summary>
    public string? CodeSexe { get; init; }
    public string CodePays { get; init; } = "100";
    public string? CodeDepartementNaiss { get; init; }
    public string? CodeCommuneInseeNaiss { get; init; }
    public string? CodeMef { get; init; }
    public string? Division { get; init; }
    public IReadOnlyList<string> Groupes { get; init; } = [];
    public required DateOnly DateEntree { get; init; }
    public DateOnly? DateSortie { get; init; }
    public GenAdresse? Adresse { get; init; }
    /// <summary>Position in the school's list, used as the internal id of timetable files (Ident, UDT code).</summary>
    public required int Numero { get; init; }

    /// <summary>False for a pupil created by hand in the timetable software: SIECLE does not know them.</summary>
    public bool DansSiecle { get; init; } = true;

    /// <summary>Where the timetable software disagrees with SIECLE about this pupil; null when it agrees.</summary>
    public GenEleveEdt? Edt { get; init; }

    public bool DansEdt => Edt?.Absent != true;
    public string? DivisionEdt => Edt?.Division ?? Division;
    public IReadOnlyList<string> GroupesEdt => Edt?.Groupes ?? Groupes;
    public DateOnly? DateSortieEdt => Edt?.SortieIgnoree == true ? null : DateSortie;
}
