using EntSync.Core.Model;
using EntSync.Core.Pipeline.Contracts;
using EntSync.Core.Reporting;
using EntSync.Core.Rules;

namespace EntSync.Core.Tests.Reporting;

/// <summary>A report of "0134567A Collège X" on 22/11/2026: 3 errors and 5 warnings open (2 new since the 21st), one ignored, one resolved.</summary>
internal static class ReportFixture
{
    public static readonly DateTime Now = new(2026, 11, 22, 6, 30, 0);
    public static readonly DateTime Since = new(2026, 11, 21, 6, 30, 0);

    public static OpenAnomaly Open(string code, Severity severity, Audience audience, string subject, string message, DateTime firstSeen, bool ignored = false) =>
        new(new Anomaly(code, severity, audience, subject, message, $"Remède de {code} : menu Gestion > Élèves."), firstSeen, Now, ignored);

    public static ReportData Data() => new()
    {
        Uai = "0134567A",
        Name = "Collège X",
        GeneratedAt = Now,
        Since = Since,
        Open =
        [
            Open("SIECLE-ELEVE-SANS-DIVISION", Severity.Erreur, Audience.Secretariat, "ELEVE_ID:1", "DURAND Zoé <script>alert(1)</script> sans classe", Now.AddDays(-12)),
            Open("SIECLE-ELEVE-SANS-DIVISION", Severity.Erreur, Audience.Secretariat, "ELEVE_ID:2", "MARTIN Noël sans classe", Now.AddHours(-2)),
            Open("STS-ENSEIGNANT-SANS-SERVICE", Severity.Erreur, Audience.Direction, "INDIVIDU:7", "DUPONT Hélène sans service", Now.AddDays(-3)),
            Open("SIECLE-ELEVE-SANS-INE", Severity.Attention, Audience.Secretariat, "ELEVE_ID:3", "LEROY Éric sans INE", Now.AddDays(-30)),
            Open("SIECLE-ELEVE-SANS-INE", Severity.Attention, Audience.Secretariat, "ELEVE_ID:4", "PETIT Anaïs sans INE", Now.AddDays(-30)),
            Open("EDT-GROUPE-VIDE", Severity.Attention, Audience.EmploiDuTemps, "GROUPE:4LAT", "Le groupe 4LAT \"latin\" est vide", Now.AddDays(-2)),
            Open("EDT-COURS-SANS-ENSEIGNANT", Severity.Attention, Audience.EmploiDuTemps, "COURS:12", "Cours de SVT sans enseignant", Now.AddMinutes(-5)),
            Open("SOURCE-MUETTE", Severity.Attention, Audience.AdministrateurEnt, "StsEmp", "STS-Web : dernier fichier reçu il y a 40 jours", Now.AddDays(-10)),
            Open("SIECLE-RESPONSABLE-SANS-CONTACT", Severity.Attention, Audience.Secretariat, "PERSONNE_ID:9", "IGNORÉ Parent sans contact", Now.AddDays(-5), ignored: true),
        ],
        Resolved = [Open("STS-STRUCTURE-SANS-SERVICE", Severity.Attention, Audience.Direction, "DIVISION:3E2", "La division 3E2 n'a aucun service", Now.AddDays(-4))],
        ChecksNotRun = [new CheckNotRun("EXPORT-PARTIEL", "pas d'export précédent pour comparer")],
        LastFiles =
        [
            new FileRecord
            {
                Sha256 = "aa", Source = "depot", OriginalName = "ElevesSansAdresses.xml", Size = 10, ReceivedAt = Now.AddDays(-2), Status = FileStatus.Archive,
                Path = "/x", Kind = ExportKind.SiecleEleves,
            },
        ],
        SilentDays = new Dictionary<ExportKind, int> { [ExportKind.SiecleEleves] = 7, [ExportKind.StsEmp] = 30 },
        Quarantined =
        [
            new FileRecord
            {
                Sha256 = "bb", Source = "depot", OriginalName = "Structures-coupé.xml", Size = 10, ReceivedAt = Now.AddHours(-3), Status = FileStatus.Quarantaine,
                Path = "/q", Reason = "Fichier tronqué (ligne 91, colonne 19)",
            },
        ],
        Relay = [new RelayReportLine("ent-principal", "Edt_To_Partenaire.xml", "EdtChiffre", RelayReportStatus.EnAttente, Now.AddHours(-1), "export partiel : retenu")],
        Deliveries = [new DeliveryNote("0134567A", "EntSync – …", Since, Since.AddHours(5), 4, "Serveur de messagerie injoignable")],
    };
}
