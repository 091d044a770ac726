namespace EntSync.Core.Model;

/// <summary>The kinds of export EntSync recognises. Names are part of the JSON output: never rename one.</summary>
public enum ExportKind
{
    Unknown,
    SiecleEleves,
    SiecleResponsables,
    SiecleNomenclatures,
    SiecleStructures,
    SiecleCommun,
    StsEmp,
    EdtSts,
    EdtChiffre,
    EdtClair,
    EdtTexte,
    Udt,
    EleveGroupe,
}
