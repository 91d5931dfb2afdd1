using System.Globalization;
using System.Net.Mail;
using CollabBot.Dialogs.Conversation;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Forms;

/// <summary>
/// Turns what a member typed or pressed into the stored answer, or says helpfully what is expected (in the turn's
/// language). Stored forms: a choice's text (several separated by new lines), "1".."5", "yes"/"no", yyyy-MM-dd,
/// an invariant number, an e-mail address, or the text itself.
/// </summary>
public sealed partial class AnswerParser(IStringLocalizer<FormTexts> texts)
{
    public const char MultiSeparator = '\n';

    private static readonly string[] DateFormats =
        ["yyyy-MM-dd", "yyyy-M-d", "d/M/yyyy", "d.M.yyyy", "d MMMM yyyy", "MMMM d yyyy", "d MMM yyyy", "MMM d yyyy"];

    private static readonly HashSet<string> Yes = ["yes", "y", "oui", "si", "sí", "ja", "true", "yes please", "sure"];
    private static readonly HashSet<string> No = ["no", "n", "non", "nein", "false", "no thanks"];

    public (string? Value, string? Problem) Parse(FormField field, string input)
    {
        var text = input.Trim();
        if (text.Length == 0)
        {
            return (null, $"{texts["NoAnswer"]} {Expectation(field)}");
        }
        return field.Type switch
        {
            FieldType.ShortText or FieldType.LongText => text.Length > field.MaxLength
                ? (null, texts["AnswerTooLong", text.Length, field.MaxLength])
                : (text, null),
            FieldType.SingleChoice => Choice(field, text) is { } choice ? (choice, null) : (null, NotUnderstood(field, text)),
            FieldType.MultiChoice => MultiChoice(field, text),
            FieldType.Rating => int.TryParse(text.TrimEnd('*', '★').Split('/')[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var stars) && stars is >= 1 and <= 5
                ? (stars.ToString(CultureInfo.InvariantCulture), null)
                : (null, NotUnderstood(field, text)),
            FieldType.YesNo => Phrase.Normalize(text) switch
            {
                var t when Yes.Contains(t) => ("yes", null),
                var t when No.Contains(t) => ("no", null),
                _ => (null, NotUnderstood(field, text)),
            },
            FieldType.Date => DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date)
                ? field.NotBefore is { } earliest && date < earliest
                    ? (null, texts["DateTooEarly", earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)])
                    : (date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null)
                : (null, NotUnderstood(field, text)),
            FieldType.Number => Number(field, text),
            FieldType.Email => MailAddress.TryCreate(text, out var address) && address.Address == text && text.Contains('.', StringComparison.Ordinal)
                ? (text, null)
                : (null, NotUnderstood(field, text)),
            _ => (null, texts["CannotTakeAnswers"]),
        };
    }

    /// <summary>What to type, as said in the question and in a re-prompt.</summary>
    public string Expectation(FormField field) => field.Type switch
    {
        FieldType.SingleChoice => texts["ExpectChoice", field.Choices.Count],
        FieldType.MultiChoice => texts["ExpectChoices"],
        FieldType.Rating => texts["ExpectRating"],
        FieldType.YesNo => texts["ExpectYesNo"],
        FieldType.Date => texts["ExpectDate"],
        FieldType.Number => (field.Min, field.Max) switch
        {
            ({ } min, { } max) => texts["ExpectNumberBetween", Invariant(min), Invariant(max)],
            ({ } min, null) => texts["ExpectNumberAtLeast", Invariant(min)],
            (null, { } max) => texts["ExpectNumberAtMost", Invariant(max)],
            _ => texts["ExpectNumber"],
        },
        FieldType.Email => texts["ExpectEmail"],
        FieldType.LongText => texts["ExpectLongText"],
        _ => texts["ExpectText"],
    };

    /// <summary>The stored answer as a person reads it.</summary>
    public string Display(FormField field, string? stored) => stored switch
    {
        null or "" => texts["NoAnswerShown"],
        _ when field.Type == FieldType.MultiChoice => stored.Replace(MultiSeparator.ToString(), ", ", StringComparison.Ordinal),
        _ when field.Type == FieldType.Rating => $"{stored} / 5",
        _ when field.Type == FieldType.YesNo => stored == "yes" ? texts["Yes"] : texts["No"],
        _ => stored,
    };

    // Numbers are shown as they are stored ("0.5"), whatever the language.
    private static string Invariant(double number) => number.ToString(CultureInfo.InvariantCulture);

    private string NotUnderstood(FormField field, string text)
    {
        var shown = text.Length > 40 ? text[..40] + "…" : text;
        return $"{texts["NotAnAnswer", shown]} {Expectation(field)}";
    }

    private static string? Choice(FormField field, string text)
    {
        if (int.TryParse(text.TrimEnd('.', ')'), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number >= 1 && number <= field.Choices.Count ? field.Choices[number - 1] : null;
        }
        var normalized = Phrase.Normalize(text);
        if (normalized.Length == 0)
        {
            return null;
        }
        var exact = field.Choices.Where(c => Phrase.Normalize(c) == normalized).ToList();
        if (exact.Count == 1)
        {
            return exact[0];
        }
        var starts = field.Choices.Where(c => Phrase.Normalize(c).StartsWith(normalized, StringComparison.Ordinal)).ToList();
        return starts.Count == 1 ? starts[0] : null;
    }

    private (string? Value, string? Problem) MultiChoice(FormField field, string text)
    {
        var parts = text.Replace(" and ", ",", StringComparison.OrdinalIgnoreCase).Split([',', ';', '&', '\n'],
            StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var chosen = new List<string>();
        foreach (var part in parts)
        {
            if (Choice(field, part) is not { } choice)
            {
                return (null, NotUnderstood(field, part));
            }
            if (!chosen.Contains(choice))
            {
                chosen.Add(choice);
            }
        }
        // Keep the definition's order so equal answers are stored equally.
        var ordered = field.Choices.Where(chosen.Contains);
        return chosen.Count == 0 ? (null, NotUnderstood(field, text)) : (string.Join(MultiSeparator, ordered), null);
    }

    private (string? Value, string? Problem) Number(FormField field, string text)
    {
        // "1,000" and "1 000" are thousands; "1,5" is a decimal comma.
        var plain = ThousandsSeparated().IsMatch(text) ? text.Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal) : text.Replace(',', '.');
        if (!double.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            return (null, NotUnderstood(field, text));
        }
        if (number < field.Min || number > field.Max)
        {
            return (null, $"{texts["OutOfRange", Invariant(number)]} {Expectation(field)}");
        }
        return (number.ToString(CultureInfo.InvariantCulture), null);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^-?\d{1,3}([, ]\d{3})+$")]
    private static partial System.Text.RegularExpressions.Regex ThousandsSeparated();
}
