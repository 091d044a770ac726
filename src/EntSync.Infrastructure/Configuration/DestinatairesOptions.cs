namespace EntSync.Infrastructure.Configuration;

/// <summary>
/// Who gets an establishment's report: <see cref="Tous"/> everything, each audience its own part. An audience with
/// nothing to say gets nothing, unless its key ("tous", "secretariat", "direction", "emploiDuTemps",
/// "administrateurEnt") is in <see cref="ToutVaBien"/>.
/// </summary>
public sealed class DestinatairesOptions
{
    public List<string> Tous { get; set; } = [];
    public List<string> Secretariat { get; set; } = [];
    public List<string> Direction { get; set; } = [];
    public List<string> EmploiDuTemps { get; set; } = [];
    public List<string> AdministrateurEnt { get; set; } = [];
    public List<string> ToutVaBien { get; set; } = [];
}
