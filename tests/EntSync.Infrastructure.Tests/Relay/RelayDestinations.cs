using EntSync.Core.Model;
using EntSync.Core.Relay;
using EntSync.Infrastructure.Configuration;

namespace EntSync.Infrastructure.Tests.Relay;

/// <summary>Destination options as the loader leaves them (URL resolved, secrets remembered), and payloads.</summary>
internal static class RelayDestinations
{
    public const string Uai = "0134567A";

    public static DestinationOptions Http(Uri url, string type = "http") => new()
    {
        Nom = "ent", Etablissement = Uai, Type = type, Mode = "reel", Url = url.ToString(), ResolvedUrl = url.ToString(), Proxy = "aucun",
        DelaiSecondes = 10, PauseTentativesSecondes = 0, PremierImportManuel = false,
    };

    public static RelayPayload Payload(string path, string remoteName = "0134567A_20261005180211_EDT.xml", ExportKind kind = ExportKind.EdtChiffre) =>
        new(path, remoteName, kind, Uai, new string('a', 64));
}
