using EntSync.Infrastructure.Configuration;
using Microsoft.Extensions.Logging;

namespace EntSync.Worker.Operations.Diagnostic;

/// <summary>What every check receives: the valid configuration, the clock and loggers the service's components expect.</summary>
internal sealed record DiagnosticContext(LoadedConfig Config, TimeProvider Time, ILoggerFactory Loggers);
