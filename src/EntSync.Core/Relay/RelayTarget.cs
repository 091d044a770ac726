namespace EntSync.Core.Relay;

/// <summary>A configured destination: what the gate needs, and the place that receives the files.</summary>
public sealed record RelayTarget(RelayDestinationSettings Settings, IRelayDestination Destination)
{
    public string Name => Settings.Name;
}
