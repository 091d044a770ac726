namespace EntSync.Core.Relay;

/// <summary>Whether a destination really receives files, or only has what would be sent recorded and reported.</summary>
public enum RelayMode
{
    Simulation,
    Reel,
}
