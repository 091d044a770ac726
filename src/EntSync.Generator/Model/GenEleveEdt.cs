namespace EntSync.Generator.Model;

/// <summary>
/// How the timetable software sees a pupil when it disagrees with SIECLE (it was not updated, or was edited by hand):
/// the timetable writers (EDT, UDT, élève-groupe file) follow it, the SIECLE writers do not.
/// </summary>
public sealed record GenEleveEdt
{
    /// <summary>The pupil was never imported into the timetable software.</summary>
    public bool Absent { get; init; }

    /// <summary>The class the timetable puts the pupil in, when not SIECLE's division.</summary>
    public string? Division { get; init; }

    /// <summary>The groups the timetable puts the pupil in, when not SIECLE's.</summary>
    public IReadOnlyList<string>? Groupes { get; init; }

    /// <summary>The timetable was not told the pupil left: it keeps them in class and groups until the end of the year.</summary>
    public bool SortieIgnoree { get; init; }
}
