namespace EntSync.Generator.Model;

/// <summary>A class (structure of type D).</summary>
public sealed record GenDivision(string Code, string LibelleLong, string CodeMef, int Niveau);
