using EntSync.Core.Model;
using EntSync.Core.Pipeline.Contracts;
using EntSync.Core.Rules;

namespace EntSync.Infrastructure.Tests.State;

/// <summary>Records and anomalies for state tests; dates carry ticks below the second to prove they read back exactly.</summary>
internal static class StateSamples
{
    public static readonly DateTime Day1 = new DateTime(2026, 9, 7, 18, 2, 11, DateTimeKind.Unspecified).AddTicks(1234567);
    public static readonly DateTime Day2 = Day1.AddDays(1);
    public static readonly DateTime Day3 = Day1.AddDays(2);
    public static readonly DateTime Day4 = Day1.AddDays(3);

    public static FileRecord File(string sha256, string source = "depot", DateTime? receivedAt = null, string name = "ElevesSansAdresses.xml") => new()
    {
        Sha256 = sha256,
        Source = source,
        OriginalName = name,
        Size = 1234,
        ReceivedAt = receivedAt ?? Day1,
        Status = FileStatus.Recu,
        Path = $"/data/inbox/20260907T180211_{name}",
    };

    public static FileRecord Archived(FileRecord file, long id) => file with
    {
        Id = id,
        Status = FileStatus.Archive,
        Path = "/data/archive/2026-09-07/" + file.OriginalName,
        Kind = ExportKind.SiecleEleves,
        Uai = "0123456A",
        SchoolYear = 2026,
        ExportDate = new DateTime(2026, 9, 6, 10, 0, 0),
    };

    public static Anomaly Anomaly(string code, string subject, string message = "Élève DUPONT Jean sans classe") =>
        new(code, Severity.Erreur, Audience.Secretariat, subject, message, "Base élèves > Mise à jour > Scolarité")
        {
            Files = ["ElevesSansAdresses.xml"],
        };
}
