using Quartz;

namespace EntSync.Infrastructure.Configuration.Validation;

/// <summary>planification: each schedule is a Quartz cron expression (seconds first).</summary>
internal static class PlanificationValidator
{
    private const string Shape = "Quartz attend 6 ou 7 champs, les secondes en premier : secondes minutes heures jour-du-mois mois " +
                                 "jour-de-la-semaine [année], avec ? dans le jour du mois ou dans le jour de la semaine " +
                                 "(par ex. « 0 30 6 * * ? » : tous les jours à 6 h 30)";

    public static void Validate(PlanificationOptions planification, ConfigProblems problems)
    {
        Check(planification.Synchronisation, "planification.synchronisation", problems);
        Check(planification.Rapport, "planification.rapport", problems);
        Check(planification.Menage, "planification.menage", problems);
    }

    private static void Check(string cron, string path, ConfigProblems problems)
    {
        if (cron.Trim().Length == 0)
        {
            problems.Error(path, $"valeur requise : une expression cron ; {Shape}");
            return;
        }

        if (CronExpression.TryParse(cron, out _)) return;

        // The usual mistake is a five-field crontab line, whose fields shift by one in Quartz.
        var fields = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var hint = fields == 5 ? " ; elle a 5 champs comme une crontab : ajoutez les secondes en tête" : "";
        problems.Error(path, $"expression cron invalide « {cron} »{hint} ; {Shape}");
    }
}
