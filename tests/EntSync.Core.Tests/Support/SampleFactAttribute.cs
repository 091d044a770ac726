namespace EntSync.Core.Tests.Support;

/// <summary>A fact over ../shared/samples: skipped with a visible reason where the samples are absent, never on CI.</summary>
public sealed class SampleFactAttribute : FactAttribute
{
    public SampleFactAttribute()
    {
        if (!Samples.Available && Environment.GetEnvironmentVariable("CI") is null)
        {
            Skip = $"Échantillons publics absents ({Samples.SharedSamples}).";
        }
    }
}
