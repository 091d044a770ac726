using System.Globalization;
using System.Xml;
using EntSync.Generator.Model;

namespace EntSync.Generator.Writers.Sts;

/// <summary>Writes sts_emp's DONNEES/STRUCTURE: divisions and groups with their planned headcount, MEFs and services.</summary>
internal sealed class StsStructureWriter
{
    private readonly GeneratedSchool _school;
    private readonly Dictionary<string, List<GenService>> _services = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _effectifs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _mefOfDivision;

    public StsStructureWriter(GeneratedSchool school)
    {
        _school = school;
        _mefOfDivision = school.Divisions.ToDictionary(d => d.Code, d => d.CodeMef, StringComparer.Ordinal);
        foreach (var s in school.Services)
        {
            if (!_services.TryGetValue(s.StructureCode, out var list)) _services[s.StructureCode] = list = [];
            list.Add(s);
        }

        foreach (var e in school.Eleves)
        {
            if (e.Division is { } d) _effectifs[d] = _effectifs.GetValueOrDefault(d) + 1;
            foreach (var g in e.Groupes) _effectifs[g] = _effectifs.GetValueOrDefault(g) + 1;
        }
    }

    public void Write(XmlWriter w)
    {
        w.WriteStartElement("STRUCTURE");
        w.WriteStartElement("DIVISIONS");
        foreach (var d in _school.Divisions)
        {
            w.WriteStartElement("DIVISION");
            w.WriteAttributeString("CODE", d.Code);
            w.Element("LIBELLE_LONG", d.LibelleLong);
            w.Element("EFFECTIF_PREVU", _effectifs.GetValueOrDefault(d.Code));
            WriteMefs(w, [d.CodeMef]);
            WriteServices(w, d.Code);
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteStartElement("GROUPES");
        foreach (var g in _school.Groupes)
        {
            if (g.HorsSts) continue;
            w.WriteStartElement("GROUPE");
            w.WriteAttributeString("CODE", g.Code);
            w.Element("LIBELLE_LONG", g.LibelleLong);
            w.Element("EFFECTIF_PREVU", _effectifs.GetValueOrDefault(g.Code));
            w.WriteStartElement("DIVISIONS_APPARTENANCE");
            foreach (var d in g.Divisions)
            {
                w.WriteStartElement("DIVISION_APPARTENANCE");
                w.WriteAttributeString("CODE", d);
                w.WriteEndElement();
            }

            w.WriteEndElement();
            var mefs = new List<string>();
            foreach (var d in g.Divisions)
            {
                if (_mefOfDivision.TryGetValue(d, out var mef) && !mefs.Contains(mef)) mefs.Add(mef);
            }

            WriteMefs(w, mefs);
            WriteServices(w, g.Code);
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void WriteMefs(XmlWriter w, IReadOnlyList<string> mefs)
    {
        w.WriteStartElement("MEFS_APPARTENANCE");
        foreach (var m in mefs)
        {
            w.WriteStartElement("MEF_APPARTENANCE");
            w.WriteAttributeString("CODE", m);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private void WriteServices(XmlWriter w, string structure)
    {
        if (!_services.TryGetValue(structure, out var services)) return;
        w.WriteStartElement("SERVICES");
        foreach (var s in services)
        {
            w.WriteStartElement("SERVICE");
            w.WriteAttributeString("CODE_MATIERE", s.CodeMatiere);
            w.WriteAttributeString("CODE_MOD_COURS", "CG");
            w.WriteStartElement("ENSEIGNANTS");
            foreach (var id in s.Enseignants)
            {
                w.WriteStartElement("ENSEIGNANT");
                w.WriteAttributeString("ID", id.ToString(CultureInfo.InvariantCulture));
                w.WriteAttributeString("TYPE", "epp");
                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }
}
