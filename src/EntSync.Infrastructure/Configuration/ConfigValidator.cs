using EntSync.Infrastructure.Configuration.Validation;

namespace EntSync.Infrastructure.Configuration;

/// <summary>
/// Checks a loaded configuration section by section and returns every problem at once, each with its JSON path and what
/// is expected (French). Errors stop the service; warnings are printed.
/// </summary>
internal sealed class ConfigValidator(TimeProvider clock)
{
    public IReadOnlyList<ConfigProblem> Validate(LoadedConfig config)
    {
        var problems = new ConfigProblems();
        var options = config.Options;
        EtablissementsValidator.Validate(options.Etablissements, problems);
        SourcesValidator.Validate(options.Sources, problems, config.FromSecrets);
        PlanificationValidator.Validate(options.Planification, problems);
        DonneesValidator.Validate(options.Donnees, problems);
        ControlesValidator.Validate(options.Controles, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), problems);
        JournalisationValidator.Validate(options.Journalisation, problems);
        DestinationsValidator.Validate(options.Destinations, options.Etablissements, problems);
        RoutesValidator.Validate(options.Routes, options.Destinations, problems);
        RapportValidator.Validate(options.Messagerie, options.Etablissements, options.Controles.SourceMuetteJours, problems);
        return problems.All;
    }
}
