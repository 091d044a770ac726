namespace EntSync.Core.Model.Siecle;

/// <summary>The two flavours of the pupil and guardian exports: with or without the ADRESSES block.</summary>
public static class SiecleVariants
{
    public const string SansAdresses = "SansAdresses";
    public const string AvecAdresses = "AvecAdresses";
}
