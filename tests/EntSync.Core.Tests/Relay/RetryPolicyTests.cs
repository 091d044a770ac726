using EntSync.Core.Relay;

namespace EntSync.Core.Tests.Relay;

public sealed class RetryPolicyTests
{
    [Fact]
    public void Pause_DoublesAfterEachFailureUpToTenMinutes()
    {
        var policy = new RetryPolicy(5, TimeSpan.FromSeconds(10));

        Assert.Equal([10, 20, 40, 80], Enumerable.Range(1, 4).Select(n => policy.Pause(n).TotalSeconds));
        Assert.Equal(TimeSpan.FromMinutes(10), policy.Pause(30));
    }
}
