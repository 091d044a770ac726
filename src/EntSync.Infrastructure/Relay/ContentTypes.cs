using System.Net.Http.Headers;

namespace EntSync.Infrastructure.Relay;

/// <summary>The media type a delivered file is announced with, from its name.</summary>
internal static class ContentTypes
{
    public static MediaTypeHeaderValue For(string fileName) => new(Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".zip" => "application/zip",
        ".xml" => "application/xml",
        _ => "application/octet-stream",
    });

    public static StreamContent File(string path, string fileName)
    {
        var content = new StreamContent(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true));
        content.Headers.ContentType = For(fileName);
        return content;
    }
}
