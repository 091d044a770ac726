namespace EntSync.Core.Reporting.Email;

/// <summary>
/// Inline styles of the emailed report: mail clients drop &lt;style&gt; blocks, so every element carries its own. One
/// column, no fixed width, and long names or identifiers wrap anywhere so nothing overflows a phone screen.
/// </summary>
internal static class HtmlStyle
{
    public const string Body = "margin:0;padding:0;background:#f5f5f7;";
    public const string Page = "box-sizing:border-box;max-width:46rem;margin:0 auto;padding:12px;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:16px;line-height:1.45;color:#1d1d1f;overflow-wrap:anywhere;word-wrap:break-word;";
    public const string Card = "background:#ffffff;border-radius:8px;padding:12px;margin:0 0 16px 0;";
    public const string H1 = "font-size:1.3em;margin:4px 0 8px 0;";
    public const string H2 = "font-size:1.15em;margin:8px 0 8px 0;border-bottom:1px solid #dddddd;padding-bottom:4px;";
    public const string H3 = "font-size:1em;margin:14px 0 6px 0;";
    public const string Muted = "color:#555555;font-size:0.9em;margin:4px 0;";
    public const string List = "margin:4px 0 8px 0;padding-left:1.2em;";
    public const string Item = "margin:0 0 8px 0;";
    public const string Code = "font-family:ui-monospace,Menlo,Consolas,monospace;font-size:0.9em;background:#eeeeff;padding:0 3px;border-radius:3px;overflow-wrap:anywhere;";
    public const string Ignore = "display:block;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:0.8em;color:#444444;background:#f3f3f3;padding:2px 4px;margin-top:2px;white-space:pre-wrap;overflow-wrap:anywhere;";
    public const string Remedy = "background:#eef6ee;border-left:4px solid #3a7a3a;padding:6px 8px;margin:6px 0 10px 0;";
    public const string Notice = "background:#fff4e5;border-left:4px solid #b86e00;padding:6px 8px;margin:6px 0 10px 0;";
    public const string Erreur = "color:#b00020;";
    public const string Attention = "color:#8a5a00;";
    public const string Info = "color:#224455;";
    public const string New = "display:inline-block;font-size:0.8em;background:#b00020;color:#ffffff;border-radius:3px;padding:0 4px;";
    public const string Open = "display:inline-block;font-size:0.8em;background:#dddddd;color:#333333;border-radius:3px;padding:0 4px;";
    public const string Resolved = "display:inline-block;font-size:0.8em;background:#3a7a3a;color:#ffffff;border-radius:3px;padding:0 4px;";

    /// <summary>Escapes the five HTML special characters; accents stay as they are (the page is UTF-8).</summary>
    public static string E(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");

    public static string Severity(Rules.Severity severity) => severity switch
    {
        Rules.Severity.Erreur => Erreur,
        Rules.Severity.Attention => Attention,
        _ => Info,
    };
}
