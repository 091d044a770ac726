namespace EntSync.Generator.Model;

/// <summary>A group (structure of type G) drawing pupils from one or more divisions, for one subject.</summary>
public sealed record GenGroupe(string Code, string LibelleLong, IReadOnlyList<string> Divisions, string CodeMatiere)
{
    /// <summary>
    /// Created in the timetable and never uploaded to STS-Web (an anomaly): STS-Web, and SIECLE which takes its structures
    /// from it, do not know it; only the timetable's files do.
    /// </summary>
    public bool HorsSts { get; init; }
}
