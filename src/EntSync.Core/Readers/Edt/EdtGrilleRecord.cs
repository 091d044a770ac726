using EntSync.Core.Model.Edt;
using EntSync.Core.Xml;

namespace EntSync.Core.Readers.Edt;

/// <summary>Reads GrilleHoraire: the working days and the places of the day with their times.</summary>
internal static class EdtGrilleRecord
{
    public static EdtGrille Read(LightElement e, EdtGrille grille)
    {
        var jours = new List<int>();
        var places = new List<EdtPlace>();
        foreach (var c in e.Children)
        {
            switch (c.Name)
            {
                case "JoursOuvres":
                    foreach (var j in c.ChildrenNamed("Jour"))
                    {
                        if (EdtValues.Int(j.Text.Trim()) is { } n) jours.Add(n);
                    }

                    break;
                case "PlacesParJour":
                    foreach (var p in c.ChildrenNamed("Place"))
                    {
                        if (EdtValues.Int(p.Attr("Numero")) is not { } numero) continue;
                        places.Add(new EdtPlace(numero, EdtValues.Time(p.Attr("LibelleHeureDebut")), EdtValues.Time(p.Attr("LibelleHeureFin"))));
                    }

                    break;
            }
        }

        return grille with
        {
            NombrePlacesParJour = EdtValues.Int(e.Attr("NombrePlacesParJour")),
            DureePlace = EdtValues.Int(e.Attr("DureePlace")),
            JoursOuvres = jours,
            Places = places,
        };
    }
}
