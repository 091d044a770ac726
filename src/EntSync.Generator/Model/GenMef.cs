namespace EntSync.Generator.Model;

/// <summary>A MEF (module élémentaire de formation): an 11-character code and its labels.</summary>
public sealed record GenMef(string Code, string Formation, string LibelleLong, string LibelleEdition);
