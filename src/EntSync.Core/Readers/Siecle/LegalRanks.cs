using EntSync.Core.Model.Siecle;

namespace EntSync.Core.Readers.Siecle;

/// <summary>
/// Derives "responsable légal 1 / 2" (FORMATS.md §3). Old layout: RESP_LEGAL says it. New layout (GEPI's rule): among
/// a pupil's NIVEAU_RESPONSABILITE=1 links, the one paying school fees first, then by CODE_PARENTE, then file order;
/// the first two get ranks 1 and 2, any further one none.
/// </summary>
internal static class LegalRanks
{
    public const string SurplusCode = "RESPONSABLES-LEGAUX-EN-SURNOMBRE";

    public static void Assign(List<ResponsableEleve> liens, SiecleWarnings warnings)
    {
        var niveau1 = new List<int>();
        for (var i = 0; i < liens.Count; i++)
        {
            var lien = liens[i];
            if (lien.NiveauResponsabilite is { } niveau)
            {
                if (niveau == 1) niveau1.Add(i);
            }
            else if (lien.RespLegal is 1 or 2)
            {
                liens[i] = lien with { LegalRank = lien.RespLegal };
            }
        }

        niveau1.Sort((a, b) => Compare(liens[a], a, liens[b], b));
        var rank = 0;
        for (var k = 0; k < niveau1.Count; k++)
        {
            var lien = liens[niveau1[k]];
            rank = k > 0 && liens[niveau1[k - 1]].EleveId == lien.EleveId ? rank + 1 : 1;
            if (rank <= 2)
            {
                liens[niveau1[k]] = lien with { LegalRank = rank };
                continue;
            }

            WarnSurplus(lien, warnings);
        }
    }

    // Apart so that the message closure is only allocated when the warning is raised.
    private static void WarnSurplus(ResponsableEleve lien, SiecleWarnings warnings) =>
        warnings.Add(SurplusCode,
            () => $"L'élève ELEVE_ID={lien.EleveId} a plus de deux responsables légaux (NIVEAU_RESPONSABILITE=1) ; " +
                  $"le lien de la ligne {lien.Line} (PERSONNE_ID={lien.PersonneId}) n'est retenu ni comme responsable légal 1 ni comme 2.",
            lien.Line);

    private static int Compare(ResponsableEleve x, int xi, ResponsableEleve y, int yi)
    {
        var c = string.CompareOrdinal(x.EleveId, y.EleveId);
        if (c != 0) return c;
        c = (y.PaieFraisScolaires == true).CompareTo(x.PaieFraisScolaires == true);
        if (c != 0) return c;
        c = (x.CodeParente is null).CompareTo(y.CodeParente is null);
        if (c != 0) return c;
        c = string.CompareOrdinal(x.CodeParente, y.CodeParente);
        return c != 0 ? c : xi.CompareTo(yi);
    }
}
