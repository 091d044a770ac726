namespace EntSync.Core.Tests.Support;

/// <summary>A theory over ../shared/samples: skipped with a visible reason where the samples are absent, never on CI.</summary>
public sealed class SampleTheoryAttribute : TheoryAttribute
{
    public SampleTheoryAttribute()
    {
        if (!Samples.Available && Environment.GetEnvironmentVariable("CI") is null)
        {
            Skip = $"Échantillons publics absents ({Samples.SharedSamples}).";
        }
    }
}
