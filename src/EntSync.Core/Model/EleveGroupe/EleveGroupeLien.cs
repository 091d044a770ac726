namespace EntSync.Core.Model.EleveGroupe;

/// <summary>One pupil–group link: the group's CODE_STRUCTURE (type G) and optional validity dates.</summary>
public sealed record EleveGroupeLien(string CodeGroupe, DateOnly? DateDebut, DateOnly? DateFin);
