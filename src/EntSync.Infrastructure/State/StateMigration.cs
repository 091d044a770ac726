namespace EntSync.Infrastructure.State;

/// <summary>One step of the schema, applied once, in version order, in its own transaction. Never edit a released one: add the next.</summary>
internal sealed record StateMigration(int Version, string Description, string Sql);
