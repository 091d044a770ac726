namespace EntSync.Generator.Model;

/// <summary>A group (structure of type G) drawing pupils from one or more divisions, for one subject.</summary>
public sealed record GenGroupe(string Code, string LibelleLong, IReadOnlyList<string> Divisions, string CodeMatiere);
