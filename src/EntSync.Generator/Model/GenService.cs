namespace EntSync.Generator.Model;

/// <summary>An STS "service": a structure (division or group) × a subject × its teachers, with weekly hours.</summary>
public sealed record GenService(string StructureCode, bool SurGroupe, string CodeMatiere, IReadOnlyList<int> Enseignants, int HeuresHebdo);
