namespace EntSync.Core.Snapshot.Timetable;

public enum TimetableStructureKind
{
    Classe,
    Groupe,
    PartieDeClasse,

    /// <summary>The source does not say (EDT text export: its CLASSE column holds classes and groups alike).</summary>
    Indetermine,
}
