using EntSync.Core.Model;
using EntSync.Core.Model.EleveGroupe;
using EntSync.Core.Snapshot;

namespace EntSync.Core.Rules.EleveGroupe;

/// <summary>What the élève-groupe pre-checks share: their inputs and how a pupil of the file is identified in subjects.</summary>
internal static class EleveGroupeInputs
{
    public static string? WithSiecleEleves(SnapshotPair pair) => RuleInputs.Missing(pair.Current, ExportKind.EleveGroupe, ExportKind.SiecleEleves);

    /// <summary>The identifier SIECLE will look the pupil up by, as the file gives it.</summary>
    public static string Subject(EleveGroupeEleve e) =>
        Clean(e.EleveId) is { } id ? $"ELEVE_ID:{id}"
        : Clean(e.IdNational) is { } ine ? $"INE:{ine}"
        : Clean(e.IdPrvEle) is { } prv ? $"ID_PRV_ELE:{prv}"
        : $"ELEGROUPE-LIGNE:{e.Line}";

    public static string Identifier(EleveGroupeEleve e) =>
        Clean(e.EleveId) is { } id ? $"ELEVE_ID {id}"
        : Clean(e.IdNational) is { } ine ? $"INE {ine}"
        : Clean(e.IdPrvEle) is { } prv ? $"ID_PRV_ELE {prv}"
        : "aucun identifiant";

    public static string Groups(EleveGroupeEleve e) => string.Join(", ", e.Groupes.Select(g => g.CodeGroupe));

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
