using CollabBot.Dialogs.Conversation;

namespace CollabBot.Dialogs.Forms;

public enum ControlWord
{
    None,
    Back,
    Skip,
    Cancel,
    Help,
    Later,
    Continue,
}

/// <summary>The words that steer a form, in the languages we speak. They interrupt even a free-text question.</summary>
public static class ControlWords
{
    private static readonly (ControlWord Word, string[] Phrasings)[] Table =
    [
        (ControlWord.Back, ["back", "go back", "previous", "retour", "atras", "zuruck"]),
        (ControlWord.Skip, ["skip", "pass", "passer", "saltar", "uberspringen"]),
        (ControlWord.Cancel, ["cancel", "stop", "quit", "annuler", "cancelar", "abbrechen"]),
        (ControlWord.Help, ["help", "aide", "ayuda", "hilfe"]),
        (ControlWord.Later, ["later", "not now", "pause", "plus tard", "mas tarde", "spater"]),
        (ControlWord.Continue, ["continue", "resume", "go on", "continuer", "continuar", "weiter"]),
    ];

    private static readonly Dictionary<string, ControlWord> Words =
        Table.SelectMany(t => t.Phrasings.Select(p => (p, t.Word))).ToDictionary(x => x.p, x => x.Word, StringComparer.Ordinal);

    public static ControlWord Of(string text) =>
        text.Trim() == "?" ? ControlWord.Help : Words.GetValueOrDefault(Phrase.Normalize(text), ControlWord.None);

    public static ControlWord Parse(string? name) => Enum.TryParse<ControlWord>(name, ignoreCase: true, out var word) ? word : ControlWord.None;
}
