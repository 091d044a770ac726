using EntSync.Core.Model;
using EntSync.Core.Model.EleveGroupe;
using EntSync.Core.Model.Siecle;
using EntSync.Core.Model.Sts;
using EntSync.Core.Rules;
using EntSync.Core.Tests.Support;

namespace EntSync.Core.Tests.Rules.EleveGroupe;

/// <summary>Snapshots holding an élève-groupe file beside the SIECLE and STS-Web exports it is checked against.</summary>
internal static class EleveGroupeFixtures
{
    public const string FileName = "0769990AELEGROUPE2026261005180211.zip!0769990AELEGROUPE2026261005180211.xml";

    public static SnapshotPair Pair(EleveGroupeExport? file, SiecleElevesExport? eleves = null, SiecleStructuresExport? structures = null, StsEmpExport? sts = null)
    {
        var builder = new SnapshotBuilder();
        if (file is not null) builder.With(ExportKind.EleveGroupe, file, file: FileName);
        if (eleves is not null) builder.With(ExportKind.SiecleEleves, eleves, file: "ElevesSansAdresses.xml");
        if (structures is not null) builder.With(ExportKind.SiecleStructures, structures, file: "Structures.xml");
        if (sts is not null) builder.With(ExportKind.StsEmp, sts, file: "sts_emp_0769990A_2026.xml");
        return new SnapshotPair(builder.Build(), null);
    }

    public static SiecleStructuresExport SiecleStructures(params string[] groupes) =>
        new("3.0", [], groupes.Select(g => new Groupe { Code = g }).ToList());
}
