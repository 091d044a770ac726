using EntSync.Core.Model;
using EntSync.Core.Model.Siecle;
using EntSync.Core.Tests.Support;
using static EntSync.Core.Tests.Readers.Siecle.SiecleInspection;

namespace EntSync.Core.Tests.Readers.Siecle;

public sealed class SiecleResponsablesReaderTests
{
    [SampleFact]
    public void Read_DossierscoNewLayout_ReadsPersonsLinksAndSharedAddress()
    {
        var file = Inspect(Samples.Sample("siecle-bee/dossiersco/responsables_avec_adresses_simple.xml"));
        var export = Content<SiecleResponsablesExport>(file);

        Assert.Equal(ExportKind.SiecleResponsables, file.Identity.Kind);
        Assert.Equal("0140070A", file.Identity.Uai);
        Assert.Equal(2018, file.Identity.SchoolYear);
        Assert.Equal(SiecleVariants.AvecAdresses, file.Identity.Variant);
        Assert.Equal(3, file.Counts!.Personnes);
        Assert.Equal(3, file.Counts.Responsables);
        Assert.Equal("2.1", export.Version);

        var rock = export.Personnes[0];
        Assert.Equal("209401", rock.PersonneId);
        Assert.Equal("MME", rock.Civilite);
        Assert.Equal("ROCK", rock.NomDeFamille);
        Assert.Equal("+33764444288", rock.TelPortable);
        Assert.Null(rock.TelProfessionnel);
        Assert.Equal("75", rock.CodeProfession);
        Assert.All(export.Personnes, p => Assert.Equal("18 RUE DES HOMMETS", p.Adresse?.Ligne1));
        Assert.Same(export.Personnes[0].Adresse, export.Personnes[2].Adresse);

        var first = export.Responsables[0];
        Assert.Equal("610308", first.EleveId);
        Assert.Equal(1, first.NiveauResponsabilite);
        Assert.Equal("10", first.CodeParente);
        Assert.True(first.PaieFraisScolaires);
        Assert.Null(first.RespLegal);
        Assert.Equal(1, first.LegalRank);
        Assert.Equal(2, export.Responsables[1].LegalRank);
        Assert.Equal(1, export.Responsables[2].LegalRank);
    }

    [Fact]
    public void Read_OldLayout_UsesRespLegalAndNom()
    {
        var file = Inspect(Samples.TestData("siecle/responsables-ancien-format.xml"));
        var export = Content<SiecleResponsablesExport>(file);

        Assert.Equal(SiecleVariants.SansAdresses, export.Variant);
        Assert.Equal(2014, file.Identity.SchoolYear);
        Assert.Equal("BŒUF", export.Personnes[0].NomDeFamille);
        Assert.Equal("Lætitia", export.Personnes[0].Prenom);
        Assert.Equal("0100000001", export.Personnes[0].TelProfessionnel);
        Assert.Null(export.Personnes[0].Adresse);

        var liens = export.Responsables.ToDictionary(l => l.PersonneId);
        Assert.Equal(2, liens["500002"].RespLegal);
        Assert.Equal(2, liens["500002"].LegalRank);
        Assert.Equal(1, liens["500001"].LegalRank);
        Assert.Equal("1", liens["500001"].CodeParente);
        Assert.Null(liens["500003"].LegalRank);
        Assert.Null(liens["500003"].NiveauResponsabilite);
    }

    [Fact]
    public void Read_NewLayoutWithoutPayer_RanksByCodeParente()
    {
        var export = Content<SiecleResponsablesExport>(Inspect(Samples.TestData("siecle/responsables-niveaux.xml")));

        var pupil = export.Responsables.Where(l => l.EleveId == "9000021").ToDictionary(l => l.PersonneId);
        Assert.Equal(1, pupil["600002"].LegalRank);
        Assert.Equal(2, pupil["600001"].LegalRank);
    }

    [Fact]
    public void Read_NewLayoutWithThreeLegalGuardians_PayerFirstThenCodeParenteAndWarns()
    {
        var file = Inspect(Samples.TestData("siecle/responsables-niveaux.xml"));
        var export = Content<SiecleResponsablesExport>(file);

        var pupil = export.Responsables.Where(l => l.EleveId == "9000022").ToList();
        Assert.Equal(1, pupil.Single(l => l.PersonneId == "600003").LegalRank);
        Assert.Equal(2, pupil.Single(l => l.PersonneId == "600004").LegalRank);
        Assert.Null(pupil.Single(l => l.PersonneId == "600005").LegalRank);
        Assert.Null(pupil.Single(l => l.NiveauResponsabilite == 3).LegalRank);
        var warning = Assert.Single(file.Warnings, w => w.Code == "RESPONSABLES-LEGAUX-EN-SURNOMBRE");
        Assert.Contains("600005", warning.Message);
        Assert.NotNull(warning.Line);
    }
}
