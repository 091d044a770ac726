using System.Text.Json;
using EntSync.Core.Pipeline.Contracts;
using EntSync.Core.Rules;
using Microsoft.Data.Sqlite;

namespace EntSync.Infrastructure.State;

/// <summary>A row of <c>anomalies</c>: one problem's life, from first seen to resolved.</summary>
internal sealed record AnomalyRow(long Id, OpenAnomaly State)
{
    public const string Columns = "id, uai, code, subject, severity, audience, message, remedy, files, first_seen, last_seen, ignored";

    public string Key => KeyOf(State.Anomaly);

    public static string KeyOf(Anomaly anomaly) => anomaly.Code + "\n" + anomaly.Subject;

    public static AnomalyRow Read(SqliteDataReader reader)
    {
        var anomaly = new Anomaly(reader.GetString(2), Enum.Parse<Severity>(reader.GetString(4)), Enum.Parse<Audience>(reader.GetString(5)),
            reader.GetString(3), reader.GetString(6), reader.GetString(7))
        {
            Files = JsonSerializer.Deserialize<string[]>(reader.GetString(8)) ?? [],
            Uai = reader.GetString(1),
        };
        return new AnomalyRow(reader.GetInt64(0),
            new OpenAnomaly(anomaly, IsoDates.Parse(reader.GetString(9)), IsoDates.Parse(reader.GetString(10)), reader.GetInt64(11) != 0));
    }

    public static string FilesJson(Anomaly anomaly) => JsonSerializer.Serialize(anomaly.Files);
}
