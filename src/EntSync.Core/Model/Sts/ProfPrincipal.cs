namespace EntSync.Core.Model.Sts;

/// <summary>A professeur principal assignment (INDIVIDU/PROFS_PRINC/PROF_PRINC): the division and its validity dates.</summary>
public sealed record ProfPrincipal(string CodeStructure, DateOnly? DateDebut, DateOnly? DateFin);
