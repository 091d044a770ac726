namespace EntSync.Worker.Hosting;

/// <summary>Another sync held the data directory's lock for longer than we could wait.</summary>
internal sealed class SyncBusyException() : Exception("Une synchronisation est déjà en cours (service ou autre commande) : réessayez dans quelques minutes.");
