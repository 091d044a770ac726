using EntSync.Generator;

namespace EntSync.Worker.Tests.Service;

/// <summary>A throw-away installation: a drop folder with a generated school, a data folder, and a config file for them.</summary>
internal sealed class ServiceFolder : IDisposable
{
    public ServiceFolder(int pupils = 40, string apresTraitement = "deplacer")
    {
        Root = Directory.CreateTempSubdirectory("entsync-service-").FullName;
        var report = SchoolGenerator.Generate(new GeneratorOptions { Pupils = pupils, Seed = 6 }, Depot);
        Uai = report.Schools[0].Uai;
        ConfigPath = Path.Combine(Root, "entsync.json");
        File.WriteAllText(ConfigPath, $$"""
            {
              "etablissements": [ { "uai": "{{Uai}}", "nom": "Collège de test", "anneeScolaire": "auto" } ],
              "sources": [ { "nom": "depot", "type": "dossier", "chemin": "depot", "apresTraitement": "{{apresTraitement}}", "stabiliteSecondes": 1 } ],
              "donnees": { "dossier": "donnees" }
            }
            """);
    }

    public string Root { get; }
    public string Uai { get; }
    public string ConfigPath { get; }
    public string Depot => Path.Combine(Root, "depot");
    public string Data => Path.Combine(Root, "donnees");

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
