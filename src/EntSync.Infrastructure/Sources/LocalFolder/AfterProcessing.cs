namespace EntSync.Infrastructure.Sources.LocalFolder;

/// <summary>What a source does with a file once its copy is safe (the <c>apresTraitement</c> option).</summary>
internal enum AfterProcessing
{
    /// <summary>Moved to the source's <c>traites/</c> as <c>&lt;yyyyMMddTHHmmss&gt;_&lt;name&gt;</c>.</summary>
    Deplacer,

    Supprimer,

    /// <summary>Left in place; its hash in the state store keeps it from being taken twice.</summary>
    Conserver,
}
