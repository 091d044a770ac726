namespace EntSync.Infrastructure.Configuration;

/// <summary>
/// Which export kinds go to a destination (the "synchronise" half: SIECLE and sts_emp to the timetable software's
/// import folder, the élève-groupe file to the secrétariat, anything to an archive share). A destination named by no
/// route receives every kind of its own <c>types</c>; one named by routes receives the kinds they list.
/// </summary>
public sealed class RouteOptions
{
    public List<string> Types { get; set; } = [];
    public string Destination { get; set; } = "";
}
