using EntSync.Core.Model;
using EntSync.Core.Model.Siecle;
using EntSync.Core.Rules.Catalog;

namespace EntSync.Core.Rules.Siecle;

/// <summary>
/// SIECLE-ELEVE-INCOMPLET: a « fiche bloquante » of a pupil still in the school: birth date, sex, MEF or birth country
/// missing, or born in France (CODE_PAYS 100) without birth commune (CODE_COMMUNE_INSEE_NAISS). One anomaly per pupil,
/// listing every missing item, so the secrétariat completes the fiche in one go.
/// </summary>
public sealed class EleveIncompletRule : IAnomalyRule
{
    private const string France = "100";

    public IReadOnlyList<string> Codes { get; } = [SiecleAnomalies.EleveIncomplet.Code];

    public string? MissingInput(SnapshotPair pair) => RuleInputs.Missing(pair.Current, ExportKind.SiecleEleves);

    public IEnumerable<Anomaly> Evaluate(SnapshotPair pair, CheckSettings settings)
    {
        var file = pair.Current.FileOf(ExportKind.SiecleEleves);
        foreach (var eleve in SiecleEleves.ById(pair.Current.Eleves!).Values)
        {
            if (!SiecleEleves.IsActive(eleve, settings.Today)) continue;
            var missing = Missing(eleve);
            if (missing.Count == 0) continue;
            yield return SiecleAnomalies.EleveIncomplet.Create(
                $"ELEVE_ID:{eleve.EleveId}",
                $"Fiche incomplète de {SiecleEleves.Describe(eleve)} : {string.Join(", ", missing)} — {SiecleFiles.Label(file)}.",
                file);
        }
    }

    private static List<string> Missing(Eleve eleve)
    {
        var missing = new List<string>();
        if (eleve.DateNaiss is null) missing.Add("date de naissance manquante");
        if (SiecleEleves.Blank(eleve.CodeSexe) is not ("1" or "2")) missing.Add("sexe non renseigné");
        if (SiecleEleves.Blank(eleve.CodeMef) is null) missing.Add("MEF manquant");
        var pays = SiecleEleves.Blank(eleve.CodePays);
        if (pays is null) missing.Add("pays de naissance manquant");
        else if (pays == France && SiecleEleves.Blank(eleve.CodeCommuneInseeNaiss) is null) missing.Add($"commune de naissance manquante (né{SiecleEleves.Accord(eleve)} en France)");
        return missing;
    }
}
