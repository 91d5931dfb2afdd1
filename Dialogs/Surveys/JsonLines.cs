using System.Text.Json;

namespace CollabBot.Dialogs.Surveys;

/// <summary>Where each value of a JSON document starts, by path ("questions[2].type"), as a 1-based line.</summary>
internal static class JsonLines
{
    private sealed class Frame(string path, bool isArray)
    {
        public string Path { get; } = path;
        public bool IsArray { get; } = isArray;
        public int Index { get; set; }
        public string? Property { get; set; }
    }

    public static Dictionary<string, int> Map(ReadOnlySpan<byte> utf8)
    {
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<Frame>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        while (reader.Read())
        {
            var line = LineOf(lineStarts, (int)reader.TokenStartIndex);
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    stack.Peek().Property = reader.GetString();
                    map.TryAdd(ValuePath(stack), line);
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    var path = ValuePath(stack);
                    map.TryAdd(path, line);
                    stack.Push(new Frame(path, reader.TokenType == JsonTokenType.StartArray));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    stack.Pop();
                    Next(stack);
                    break;
                default:
                    map.TryAdd(ValuePath(stack), line);
                    Next(stack);
                    break;
            }
        }
        return map;
    }

    private static void Next(Stack<Frame> stack)
    {
        if (stack.TryPeek(out var parent) && parent.IsArray)
        {
            parent.Index++;
        }
    }

    private static string ValuePath(Stack<Frame> stack)
    {
        if (!stack.TryPeek(out var top))
        {
            return "";
        }
        if (top.IsArray)
        {
            return $"{top.Path}[{top.Index}]";
        }
        return top.Path.Length == 0 ? top.Property ?? "" : $"{top.Path}.{top.Property}";
    }

    private static int LineOf(List<int> lineStarts, int offset)
    {
        var index = lineStarts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }
}
