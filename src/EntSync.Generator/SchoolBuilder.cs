using EntSync.Generator.Model;

namespace EntSync.Generator;

/// <summary>
/// Builds one consistent fictitious collège from a seed: about 28 pupils per division, four levels, two LV2 groups per
/// division, one teacher per ~14 weekly hours (≈ 12.5 pupils per teacher, like the benchmark's 100,000 / 8,000),
/// 1.8 persons per pupil (two parents in most families, some siblings, some contacts). Deterministic for a seed.
/// </summary>
public static class SchoolBuilder
{
    private const int PupilsPerDivision = 28;
    private const int HoursPerTeacher = 14;

    private static readonly (string Code, string Gestion, string Court, string Long, int Heures)[] MatieresDivision =
    [
        ("020700", "FRANC", "FRANCAIS", "FRANÇAIS", 4), ("061300", "MATHS", "MATHEMATIQUES", "MATHÉMATIQUES", 4),
        ("040300", "HIGEO", "HIST-GEO", "HISTOIRE-GÉOGRAPHIE", 3), ("030201", "AGL1", "ANGLAIS LV1", "ANGLAIS LV1", 3),
        ("062900", "SVT", "SVT", "SCIENCES DE LA VIE ET DE LA TERRE", 2), ("063700", "PH-CH", "PHYSIQUE-CHIMIE", "PHYSIQUE-CHIMIE", 2),
        ("070200", "TECHN", "TECHNOLOGIE", "TECHNOLOGIE", 1), ("100100", "EPS", "EPS", "ÉDUCATION PHYSIQUE ET SPORTIVE", 3),
        ("080100", "A-PLA", "ARTS PLASTIQUES", "ARTS PLASTIQUES", 1), ("084400", "EDMUS", "EDUCATION MUSICALE", "ÉDUCATION MUSICALE", 1),
    ];

    private static readonly (string Code, string Gestion, string Court, string Long, string Suffixe)[] MatieresGroupe =
    [
        ("030602", "ESP2", "ESPAGNOL LV2", "ESPAGNOL LV2", "ES"), ("030102", "ALL2", "ALLEMAND LV2", "ALLEMAND LV2", "AL"),
    ];

    private const int HeuresLv2 = 3;

    private static readonly (int Niveau, string Mef, string Libelle)[] Niveaux =
    [
        (6, "10010012110", "6EME"), (5, "10110001110", "5EME"), (4, "10210001110", "4EME"), (3, "10310019110", "3EME"),
    ];

    public static GeneratedSchool Build(GeneratorOptions options, int index = 0)
    {
        var random = new Random(options.Seed * 7919 + index);
        var uai = Uai.FromNumber(7699000 + index * 37 + options.Seed % 30);
        var commune = FictitiousNames.Communes[index % FictitiousNames.Communes.Length].Split('|');

        var mefs = Niveaux.Select(n => new GenMef(n.Mef, n.Libelle, $"{n.Libelle} GENERALE", n.Libelle)).ToList();
        var matieres = MatieresDivision.Select(m => new GenMatiere(m.Code, m.Gestion, m.Court, m.Long))
            .Concat(MatieresGroupe.Select(m => new GenMatiere(m.Code, m.Gestion, m.Court, m.Long))).ToList();

        var pupils = Math.Max(1, options.Pupils);
        var perLevel = Math.Max(1, (int)Math.Ceiling(pupils / (double)PupilsPerDivision / Niveaux.Length));
        var divisions = Niveaux
            .SelectMany(n => Enumerable.Range(1, perLevel).Select(i => new GenDivision($"{n.Niveau}E{i}", $"{n.Niveau}EME {i}", n.Mef, n.Niveau)))
            .ToList();
        var groupes = divisions
            .SelectMany(d => MatieresGroupe.Select(m => new GenGroupe($"{d.Code}{m.Suffixe}", $"{m.Court} {d.Code}", [d.Code], m.Code)))
            .ToList();

        var (individus, services) = BuildStaffAndServices(random, divisions, groupes, pupils);
        var salles = Enumerable.Range(1, divisions.Count + 10).Select(i => new GenSalle($"S{100 + i}", $"SALLE {100 + i}")).ToList();
        var cours = BuildTimetable(services, groupes, salles);
        var (eleves, personnes, liens) = BuildPupilsAndFamilies(random, options, divisions, pupils, commune);

        return new GeneratedSchool
        {
            Uai = uai,
            Nom = $"COLLÈGE JEAN-BAPTISTE {FictitiousNames.Noms[(options.Seed + index) % FictitiousNames.Noms.Length]}",
            CodePostalVille = $"{commune[1]} {commune[0]}",
            SchoolYear = options.SchoolYear,
            ExportTime = options.ExportTime,
            Mefs = mefs,
            Matieres = matieres,
            Divisions = divisions,
            Groupes = groupes,
            Individus = individus,
            Services = services,
            Salles = salles,
            Cours = cours,
            Eleves = eleves,
            Personnes = personnes,
            Liens = liens,
        };
    }

    private static (List<GenIndividu>, List<GenService>) BuildStaffAndServices(
        Random random, List<GenDivision> divisions, List<GenGroupe> groupes, int pupils)
    {
        var individus = new List<GenIndividu>();
        var services = new List<GenService>();
        var nextId = 10001;

        GenIndividu NewPerson(string fonction, string? discipline)
        {
            var female = random.Next(2) == 0;
            var nom = Pick(random, FictitiousNames.Noms);
            var person = new GenIndividu
            {
                Id = nextId++,
                NomUsage = nom,
                NomPatronymique = nom,
                Prenom = Pick(random, female ? FictitiousNames.PrenomsFilles : FictitiousNames.PrenomsGarcons),
                Sexe = female ? "2" : "1",
                DateNaissance = new DateOnly(1965 + random.Next(35), 1 + random.Next(12), 1 + random.Next(28)),
                Fonction = fonction,
                Grade = fonction == "ENS" ? "CERT. CN" : fonction == "DIR" ? "PERDIR" : "CPE",
                DisciplineCode = discipline,
                Numero = individus.Count + 1,
            };
            individus.Add(person);
            return person;
        }

        // Teachers per subject, each filled up to HoursPerTeacher before the next one is hired.
        var assignments = new List<(string Structure, bool SurGroupe, string Matiere, int Heures)>();
        foreach (var m in MatieresDivision)
        {
            assignments.AddRange(divisions.Select(d => (d.Code, false, m.Code, m.Heures)));
        }

        foreach (var m in MatieresGroupe)
        {
            assignments.AddRange(groupes.Where(g => g.CodeMatiere == m.Code).Select(g => (g.Code, true, m.Code, HeuresLv2)));
        }

        var principal = new Dictionary<string, int>();
        foreach (var bySubject in assignments.GroupBy(a => a.Matiere))
        {
            GenIndividu? teacher = null;
            var load = 0;
            foreach (var a in bySubject)
            {
                if (teacher is null || load + a.Heures > HoursPerTeacher)
                {
                    teacher = NewPerson("ENS", bySubject.Key);
                    load = 0;
                }

                load += a.Heures;
                services.Add(new GenService(a.Structure, a.SurGroupe, a.Matiere, [teacher.Id], a.Heures));
                if (!a.SurGroupe && a.Matiere == MatieresDivision[0].Code) principal.TryAdd(a.Structure, teacher.Id);
            }
        }

        for (var i = 0; i < Math.Max(2, pupils / 500); i++) NewPerson("DIR", null);
        for (var i = 0; i < Math.Max(1, pupils / 300); i++) NewPerson("EDU", null);

        var byTeacher = principal.GroupBy(p => p.Value).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(p => p.Key).ToList());
        for (var i = 0; i < individus.Count; i++)
        {
            if (byTeacher.TryGetValue(individus[i].Id, out var codes)) individus[i] = individus[i] with { ProfPrincipalDe = codes };
        }

        return (individus, services);
    }

    /// <summary>
    /// Lays each division's weekly hours on a Monday–Friday grid (8:00–17:00, lunch free). Both LV2 groups of a division
    /// share their slots, as in a real timetable where the class splits for languages.
    /// </summary>
    private static List<GenCours> BuildTimetable(List<GenService> services, List<GenGroupe> groupes, List<GenSalle> salles)
    {
        int[] hours = [8, 9, 10, 11, 13, 14, 15, 16];
        var cursor = new Dictionary<string, int>();
        var cours = new List<GenCours>();
        var divisionOfGroup = groupes.ToDictionary(g => g.Code, g => g.Divisions[0]);
        var groupSlot = new Dictionary<(string Division, int Index), int>();
        var roomIndex = 0;

        foreach (var s in services)
        {
            var division = s.SurGroupe ? divisionOfGroup[s.StructureCode] : s.StructureCode;
            for (var h = 0; h < s.HeuresHebdo; h++)
            {
                int slot;
                if (s.SurGroupe && groupSlot.TryGetValue((division, h), out var shared))
                {
                    slot = shared;
                }
                else
                {
                    slot = cursor.GetValueOrDefault(division);
                    cursor[division] = slot + 1;
                    if (s.SurGroupe) groupSlot[(division, h)] = slot;
                }

                cours.Add(new GenCours
                {
                    Numero = cours.Count + 1,
                    Jour = 1 + slot / hours.Length % 5,
                    HeureDebut = new TimeOnly(hours[slot % hours.Length], 0),
                    DureeMinutes = 60,
                    CodeMatiere = s.CodeMatiere,
                    Enseignant = s.Enseignants[0],
                    StructureCode = s.StructureCode,
                    SurGroupe = s.SurGroupe,
                    Salle = salles[roomIndex++ % salles.Count].Code,
                });
            }
        }

        return cours;
    }

    private static (List<GenEleve>, List<GenPersonne>, List<GenLienResponsable>) BuildPupilsAndFamilies(
        Random random, GeneratorOptions options, List<GenDivision> divisions, int pupils, string[] commune)
    {
        var eleves = new List<GenEleve>(pupils);
        var personnes = new List<GenPersonne>(pupils * 2);
        var liens = new List<GenLienResponsable>(pupils * 2);
        List<(GenPersonne Person, int Niveau, string Parente, int Legal)>? family = null;
        string? familyName = null;
        GenAdresse? address = null;
        var people = new HashSet<(string, string, DateOnly)>();

        for (var i = 0; i < pupils; i++)
        {
            var division = divisions[i % divisions.Count];
            var female = random.Next(2) == 0;
            var sibling = family is not null && random.Next(10) == 0;
            if (!sibling)
            {
                familyName = Pick(random, FictitiousNames.Noms);
                var place = Pick(random, FictitiousNames.Communes).Split('|');
                // Past the first families the street address gets a building number, so that two families never share
                // an address by chance: at 100,000 pupils chance collisions would look like guardians typed twice.
                var street = $"{1 + random.Next(120)} {Pick(random, FictitiousNames.Rues)}";
                address = new GenAdresse(500000 + i, i < 2000 ? street : $"{street}, bât. {i}", place[1], place[2], place[0]);
                family = BuildFamily(random, personnes, familyName, address, i);
            }

            var id = 1_000_000 + i;
            var bornAbroad = random.Next(20) == 0;
            var birthCommune = Pick(random, FictitiousNames.Communes).Split('|');
            var prenom = Pick(random, female ? FictitiousNames.PrenomsFilles : FictitiousNames.PrenomsGarcons);
            var prenom2 = random.Next(3) == 0 ? Pick(random, female ? FictitiousNames.PrenomsFilles : FictitiousNames.PrenomsGarcons) : null;
            var naissance = new DateOnly(options.SchoolYear - 17 + division.Niveau, 1 + random.Next(12), 1 + random.Next(28));
            // Two distinct pupils never share name, first name and birth date, even up to accents (Zoé / Zoë): that is
            // what a duplicate fiche looks like.
            while (!people.Add((Ascii(familyName!), Ascii(prenom), naissance)))
            {
                prenom = Pick(random, female ? FictitiousNames.PrenomsFilles : FictitiousNames.PrenomsGarcons);
                naissance = new DateOnly(naissance.Year, 1 + random.Next(12), 1 + random.Next(28));
            }

            eleves.Add(new GenEleve
            {
                EleveId = id,
                Elenoet = (1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Ine = $"{(120_000_000 + i * 7L) % 1_000_000_000:D9}{(char)('A' + i % 26)}{(char)('A' + i / 26 % 26)}",
                NomDeFamille = familyName!,
                Prenom = prenom,
                Prenom2 = prenom2,
                DateNaiss = naissance,
                CodeSexe = female ? "2" : "1",
                CodePays = bornAbroad ? "134" : "100",
                CodeDepartementNaiss = bornAbroad ? null : birthCommune[2][..2],
                CodeCommuneInseeNaiss = bornAbroad ? null : birthCommune[2],
                CodeMef = division.CodeMef,
                Division = division.Code,
                Groupes = [$"{division.Code}{(random.Next(2) == 0 ? "ES" : "AL")}"],
                DateEntree = new DateOnly(options.SchoolYear, 9, 1),
                Adresse = address,
                Numero = i + 1,
            });

            foreach (var (person, niveau, parente, legal) in family!)
            {
                liens.Add(new GenLienResponsable(id, person.PersonneId, niveau, parente, niveau == 1 && legal == 1, legal));
            }
        }

        return (eleves, personnes, liens);
    }

    private static List<(GenPersonne, int, string, int)> BuildFamily(Random random, List<GenPersonne> personnes, string familyName, GenAdresse address, int i)
    {
        var family = new List<(GenPersonne, int, string, int)>();

        GenPersonne Add(string civilite, string nom, string prenom)
        {
            var n = personnes.Count;
            var p = new GenPersonne
            {
                PersonneId = 2_000_000 + n,
                Civilite = civilite,
                NomDeFamille = nom,
                Prenom = prenom,
                TelPortable = $"+336{10_000_000 + n * 13 % 90_000_000:D8}",
                TelPersonnel = random.Next(3) == 0 ? $"+332{20_000_000 + n % 70_000_000:D8}" : null,
                Mel = $"{Ascii(prenom)}.{Ascii(nom)}.{n}@exemple.fr",
                Adresse = address,
                CodeProfession = (10 + random.Next(80)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            personnes.Add(p);
            return p;
        }

        var mother = Add("MME", random.Next(4) == 0 ? Pick(random, FictitiousNames.Noms) : familyName, Pick(random, FictitiousNames.PrenomsFilles));
        family.Add((mother, 1, "10", 1));
        if (random.Next(100) < 85)
        {
            family.Add((Add("M.", familyName, Pick(random, FictitiousNames.PrenomsGarcons)), 1, "20", 2));
        }

        if (random.Next(10) == 0)
        {
            // A contact who shares the mother's name and first name at the same address would be a duplicate fiche.
            var (nom, prenom) = (Pick(random, FictitiousNames.Noms), Pick(random, FictitiousNames.PrenomsFilles));
            if (Ascii(nom) == Ascii(mother.NomDeFamille) && Ascii(prenom) == Ascii(mother.Prenom)) nom = $"{nom}-{familyName}";
            family.Add((Add("MME", nom, prenom), 3, "38", 0));
        }

        return family;
    }

    internal static string Ascii(string s)
    {
        var normalized = s.Replace("œ", "oe").Replace("Œ", "OE").Replace("æ", "ae").Normalize(System.Text.NormalizationForm.FormD);
        var chars = normalized.Where(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9').ToArray();
        return new string(chars).ToLowerInvariant();
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
