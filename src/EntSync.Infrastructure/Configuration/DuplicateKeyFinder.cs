using System.Text;
using System.Text.Json;

namespace EntSync.Infrastructure.Configuration;

/// <summary>
/// Finds the first key written twice in the same object. System.Text.Json rejects duplicates without saying where,
/// and a pasted block that repeats a key is an easy mistake in a hand-edited file.
/// </summary>
internal static class DuplicateKeyFinder
{
    public static (string Key, int Line, int Column)? Find(string text, JsonReaderOptions options)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, options);
        var objects = new Stack<HashSet<string>?>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        objects.Push(new HashSet<string>(StringComparer.Ordinal));
                        break;
                    case JsonTokenType.StartArray:
                        objects.Push(null);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        objects.Pop();
                        break;
                    case JsonTokenType.PropertyName when objects.Peek() is { } keys && !keys.Add(reader.GetString()!):
                        var (line, column) = Position(bytes, (int)reader.TokenStartIndex);
                        return (reader.GetString()!, line, column);
                }
            }
        }
        catch (JsonException)
        {
            // Malformed JSON is reported by the parser itself.
        }

        return null;
    }

    /// <summary>1-based line and column (in characters) of a byte offset.</summary>
    private static (int Line, int Column) Position(byte[] bytes, int offset)
    {
        var lineStart = Array.LastIndexOf(bytes, (byte)'\n', Math.Max(offset - 1, 0)) + 1;
        var line = bytes.AsSpan(0, lineStart).Count((byte)'\n') + 1;
        return (line, Encoding.UTF8.GetCharCount(bytes, lineStart, offset - lineStart) + 1);
    }
}
