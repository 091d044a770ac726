using EntSync.Worker.Hosting.Windows;
using NSubstitute;

namespace EntSync.Worker.Tests.Hosting.Windows;

/// <summary>An NSubstitute SCM: runs ServiceMain when the dispatcher starts, keeps the control handler and every status reported.</summary>
internal sealed class FakeScm
{
    private readonly List<ServiceStatus> _statuses = [];

    public FakeScm(bool underScm = true)
    {
        Api = Substitute.For<IServiceControlApi>();
        Api.RunDispatcher(Arg.Any<string>(), Arg.Any<Action>(), out Arg.Any<int>()).Returns(call =>
        {
            if (!underScm)
            {
                call[2] = 1063;
                return false;
            }

            call.ArgAt<Action>(1)();
            call[2] = 0;
            return true;
        });
        Api.When(a => a.RegisterControlHandler(Arg.Any<string>(), Arg.Any<Func<ServiceControl, int>>()))
            .Do(call => Handler = call.ArgAt<Func<ServiceControl, int>>(1));
        Api.When(a => a.SetStatus(Arg.Any<ServiceStatus>())).Do(call =>
        {
            lock (_statuses) _statuses.Add(call.Arg<ServiceStatus>());
        });
    }

    public IServiceControlApi Api { get; }

    public Func<ServiceControl, int>? Handler { get; private set; }

    public IReadOnlyList<ServiceStatus> Statuses
    {
        get { lock (_statuses) return [.. _statuses]; }
    }

    public IReadOnlyList<ServiceState> States => Statuses.Select(s => s.State).ToList();

    public ScmSession Session() => new(Api, "EntSync", TimeSpan.FromSeconds(45));
}
