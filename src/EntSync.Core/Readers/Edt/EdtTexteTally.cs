using EntSync.Core.Model;
using EntSync.Core.Model.Edt;

namespace EntSync.Core.Readers.Edt;

/// <summary>
/// Distinct subjects, teachers, classes and rooms of the text export, which has no lists of its own. A line may name
/// several teachers ("DUPONT, MARTIN" with matching first names): each counts once.
/// </summary>
internal sealed class EdtTexteTally
{
    private readonly HashSet<string> _matieres = new(StringComparer.Ordinal);
    private readonly HashSet<(string Nom, string? Prenom)> _enseignants = [];
    private readonly HashSet<string> _divisions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _salles = new(StringComparer.Ordinal);

    public void Add(EdtTexteCours c)
    {
        if ((c.MatCode ?? c.MatLibelle) is { } matiere) _matieres.Add(matiere);
        if (c.Classe is { } classe) _divisions.Add(classe);
        if (c.Salle is { } salle) _salles.Add(salle);
        if (c.ProfNom is null) return;
        if (!c.ProfNom.Contains(','))
        {
            _enseignants.Add((c.ProfNom, c.ProfPrenom));
            return;
        }

        var noms = c.ProfNom.Split(',', StringSplitOptions.TrimEntries);
        var prenoms = c.ProfPrenom?.Split(',', StringSplitOptions.TrimEntries) ?? [];
        for (var i = 0; i < noms.Length; i++)
        {
            if (noms[i].Length > 0) _enseignants.Add((noms[i], i < prenoms.Length ? prenoms[i] : null));
        }
    }

    public ExportCounts Counts(int cours) => new()
    {
        Cours = cours,
        Matieres = _matieres.Count,
        Enseignants = _enseignants.Count,
        Divisions = _divisions.Count,
        Salles = _salles.Count,
    };
}
