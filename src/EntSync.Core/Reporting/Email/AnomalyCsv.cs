using System.Globalization;
using System.Text;
using EntSync.Core.Pipeline.Contracts;

namespace EntSync.Core.Reporting.Email;

/// <summary>
/// The CSV attachment: every open anomaly of the report, for a French spreadsheet: UTF-8 with BOM (Excel otherwise reads
/// it as ANSI), ';' separator, CRLF lines, RFC 4180 quoting. A cell that a spreadsheet would take for a formula (=, +,
/// -, @ first) is prefixed with an apostrophe: names come from the exports and must never run as formulas.
/// </summary>
public static class AnomalyCsv
{
    public const string FileName = "anomalies.csv";

    public const string Header = "code;severite;audience;sujet;message;premiere_fois;derniere_fois";

    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static byte[] Render(IEnumerable<OpenAnomaly> anomalies)
    {
        var csv = new StringBuilder();
        csv.Append(Header).Append("\r\n");
        foreach (var a in anomalies)
        {
            var x = a.Anomaly;
            string[] cells =
            [
                x.Code, ReportLabels.Of(x.Severity), ReportLabels.Short(x.Audience), x.Subject, x.Message, Date(a.FirstSeen), Date(a.LastSeen),
            ];
            csv.Append(string.Join(";", cells.Select(Cell))).Append("\r\n");
        }

        return [.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(csv.ToString())];
    }

    public static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([';', '"', '\r', '\n']) >= 0 || value != value.Trim() ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }

    private static string Date(DateTime at) => at.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
}
