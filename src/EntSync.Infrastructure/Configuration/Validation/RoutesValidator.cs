namespace EntSync.Infrastructure.Configuration.Validation;

/// <summary>routes: each names a configured destination, and kinds that destination accepts.</summary>
internal static class RoutesValidator
{
    public static void Validate(IReadOnlyList<RouteOptions> routes, IReadOnlyList<DestinationOptions> destinations, ConfigProblems problems)
    {
        for (var i = 0; i < routes.Count; i++)
        {
            var path = ConfigPath.Index("routes", i);
            var route = routes[i];
            var destination = destinations.FirstOrDefault(d => d.Nom == route.Destination);
            if (destination is null)
            {
                problems.Error(ConfigPath.Key(path, "destination"),
                    $"« {route.Destination} » n'est pas une destination déclarée : le nom d'une des destinations est attendu ({string.Join(", ", destinations.Select(d => d.Nom))})");
            }

            var typesPath = ConfigPath.Key(path, "types");
            KindList.Validate(route.Types, typesPath, problems);
            if (destination is null || destination.Types.Contains(SourcesValidator.AnyKind)) continue;
            for (var k = 0; k < route.Types.Count; k++)
            {
                var kind = route.Types[k];
                if (SourcesValidator.KindNames.Contains(kind) && !destination.Types.Contains(kind))
                {
                    problems.Error(ConfigPath.Index(typesPath, k), $"la destination « {destination.Nom} » n'accepte pas {kind} : ajoutez-le à ses types");
                }
            }
        }
    }
}
