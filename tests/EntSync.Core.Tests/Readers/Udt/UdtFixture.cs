using System.IO.Compression;
using System.Text;
using EntSync.Core.Inspection;
using EntSync.Core.Readers;

namespace EntSync.Core.Tests.Readers.Udt;

/// <summary>
/// Hand-made UDT zips, built in the tests (no UDCal sample is public). A small fictitious school: two divisions, three
/// teachers, one group, a few lignes. Entry names are lower-case by default, as some UDT versions write them.
/// </summary>
internal sealed class UdtFixture : IDisposable
{
    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    public UdtFixture() => Directory.CreateDirectory(Folder);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "entsync-udt-" + Guid.NewGuid().ToString("N"));

    public Dictionary<string, string> Entries { get; } = new(StringComparer.Ordinal)
    {
        ["udcal_00.xml"] = Declaration + "<parametres><init premiere_semaine_ISO=\"36\" duree_seq=\"60\"/></parametres>",
        ["udcal_03.xml"] = Declaration + "<salles><salle code=\"S1\" nom=\"SALLE 1\"/><salle nom=\"LABO\" code=\"S2\"/></salles>",
        ["udcal_04.xml"] = Declaration + """
            <profs>
              <prof code="1" epj="10001" nom="CŒURDEROY" prenom="Hélène" civilite="MME" mail="h.c@ac-exemple.fr" date_naissance="03/04/1975" code_matppl="FRANC"/>
              <prof code_matppl="MATHS" prenom="Noé" nom="MARTIN" code="2" epj="10002" inconnu="x"/>
              <prof code="3" nom="DUPONT" prenom="Luc"/>
            </profs>
            """,
        ["udcal_05.xml"] = Declaration + "<mats><mat code=\"FRANC\" libelle=\"FRANÇAIS\" code_gep1=\"020700\"/><mat code=\"MATHS\" libelle=\"MATHÉMATIQUES\" code_gep1=\"061300\"/></mats>",
        ["udcal_07.xml"] = Declaration + """
            <demi_seqs>
              <demi_seq code="1" code_jour="1" code_site="1" hre_deb="08h00" hre_fin="08h30"/>
              <demi_seq code="2" code_jour="1" code_site="1" hre_deb="08h30" hre_fin="09h00"/>
              <demi_seq code="3" code_jour="1" code_site="1" hre_deb="09h00" hre_fin="09h30"/>
            </demi_seqs>
            """,
        ["udcal_08.xml"] = Declaration + "<divs><div code=\"6A\" libelle=\"6EME A\" code_sts=\"6A\" code_gep=\"10010012110\"/><div code=\"6B\" libelle=\"6EME B\" code_sts=\"6B\"/></divs>",
        ["udcal_10.xml"] = Declaration + "<eleves><eleve code=\"1\" nom=\"LE BŒUF\" prenom=\"Zoé\" naissance=\"12/05/2014\"/><eleve code=\"2\" nom=\"PETIT\" prenom=\"Léo\" naissance=\"01/02/2014\"/></eleves>",
        ["udcal_11.xml"] = Declaration + "<fiches><fiche code=\"F1\" jour=\"1\" demi_seq=\"1\" site=\"1\"/><fiche code=\"F2\" jour=\"1\" demi_seq=\"2\" site=\"1\"/><fiche code=\"F3\" jour=\"1\" demi_seq=\"3\" site=\"1\"/></fiches>",
        ["udcal_12.xml"] = Declaration + """
            <ligfiches>
              <ligfiche code="00101" fic="F1" div="6A" mat="FRANC" prof="1" salle="S1" rgpmt="0"/>
              <ligfiche code="00201" fic="F2" div="6A" mat="FRANC" prof="1" salle="S1" rgpmt="0"/>
              <ligfiche code="00102" fic="F1" div="6B" mat="MATHS" prof="2" salle="S2" rgpmt="0" gpe="ES" idgpe="7"/>
              <ligfiche code="00302" fic="F3" div="6B" mat="MATHS" prof="2" salle="S2" rgpmt="0" gpe="ES" idgpe="7"/>
            </ligfiches>
            """,
        ["udcal_19.xml"] = Declaration + "<gpes><gpe code=\"ES\" code_div=\"6B\" code_sts=\"6BES\" nom=\"ESPAGNOL\" id=\"7\"/></gpes>",
        ["udcal_21.xml"] = Declaration + "<ele_gpes><ele_gpe ele=\"1\" code_div=\"6A\"/><ele_gpe ele=\"2\" gpe=\"ES\" code_div=\"6B\" semaines=\"111\"/></ele_gpes>",
        ["udcal_24.xml"] = Declaration + """
            <calendrier>
              <annee>2026</annee>
              <debut_eleve>01/09/2026</debut_eleve>
              <fin_eleve>04/07/2027</fin_eleve>
              <fermetures><fermeture debut="17/10/2026" fin="02/11/2026"/></fermetures>
            </calendrier>
            """,
    };

    /// <summary>Writes <see cref="Entries"/> as a zip named <paramref name="zipName"/> and returns its path.</summary>
    public string Zip(string zipName = "0693834C_20261005180211_UDT.zip") =>
        ZipOf(zipName, Entries.Select(e => (e.Key, Encoding.UTF8.GetBytes(e.Value))));

    public string ZipOf(string zipName, IEnumerable<(string Name, byte[] Bytes)> entries)
    {
        var path = Path.Combine(Folder, zipName);
        using var zip = new ZipArchive(File.Create(path), ZipArchiveMode.Create);
        foreach (var (name, bytes) in entries)
        {
            using var s = zip.CreateEntry(name).Open();
            s.Write(bytes);
        }

        return path;
    }

    public static InspectedFile Inspect(string path)
    {
        var results = new ExportInspector(ExportReaderCatalog.CreateDefault()).InspectFile(path, keepContent: true);
        return Assert.Single(results);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
    }
}
