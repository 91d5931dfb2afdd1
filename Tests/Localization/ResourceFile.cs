using System.Text.RegularExpressions;
using System.Xml.Linq;
using CollabBot.Tests.Support;

namespace CollabBot.Tests.Localization;

/// <summary>A .resx file of the solution: its texts by key, and the translations beside a neutral one.</summary>
public sealed partial record ResourceFile(string Path, IReadOnlyDictionary<string, string> Texts)
{
    public static readonly string[] Translations = ["fr", "es", "de"];

    /// <summary>Repository-relative, with "/" ("Dialogs/Forms/FormTexts.resx").</summary>
    public string Name => System.IO.Path.GetRelativePath(RepoPaths.Root, Path).Replace('\\', '/');

    /// <summary>Every neutral .resx of the solution (no culture in its name), outside build output.</summary>
    public static IReadOnlyList<ResourceFile> Neutral() =>
        [.. Files(new DirectoryInfo(RepoPaths.Root))
            .Where(f => !Cultured().IsMatch(System.IO.Path.GetFileName(f)))
            .Order(StringComparer.Ordinal)
            .Select(Load)];

    /// <summary>The translation beside this file ("FormTexts.fr.resx"), or null when there is none.</summary>
    public ResourceFile? In(string language)
    {
        var path = System.IO.Path.ChangeExtension(Path, $".{language}.resx");
        return File.Exists(path) ? Load(path) : null;
    }

    public static ResourceFile Load(string path) =>
        new(path, XDocument.Load(path).Root!.Elements("data")
            .Where(d => d.Attribute("type") is null)
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal));

    /// <summary>The placeholders of a text ("{0}", "{1:N0}"), each once, in order.</summary>
    public static IReadOnlyList<string> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>How many bold markers ("**") a text has.</summary>
    public static int BoldMarkers(string text) => text.Split("**").Length - 1;

    private static IEnumerable<string> Files(DirectoryInfo folder) =>
        folder.EnumerateFiles("*.resx").Select(f => f.FullName).Concat(folder.EnumerateDirectories()
            .Where(d => d.Name is not ("bin" or "obj" or "node_modules" or "artifacts") && !d.Name.StartsWith('.'))
            .SelectMany(Files));

    [GeneratedRegex(@"\.[a-z]{2}(-[A-Za-z]{2,4})?\.resx$")]
    private static partial Regex Cultured();

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
