using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CollabBot.Dialogs.Forms;

namespace CollabBot.Dialogs.Surveys;

/// <summary>
/// A survey written back in the format <see cref="SurveyImport"/> reads (docs/survey-format.md): what staff edit and
/// import again. Reading what it writes gives the same survey; defaults are left out, as a person would write it.
/// </summary>
public static class SurveyDefinition
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ToJson(Survey survey)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("id", survey.Id);
            json.WriteString("title", survey.Title);
            if (survey.Intro.Length > 0)
            {
                json.WriteString("intro", survey.Intro);
            }
            json.WriteBoolean("anonymous", survey.Anonymous);
            if (survey.Deadline is { } deadline)
            {
                json.WriteString("deadline", deadline.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
            }
            Audience(json, survey);
            if (survey.Opens is { } opens && survey.OpenedAt is null)
            {
                json.WriteString("opens", opens.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
            }
            if (survey.CloseAfterResponses is { } limit)
            {
                json.WriteNumber("closeAfterResponses", limit);
            }
            if (survey.PreviousEdition is { } previous)
            {
                json.WriteString("previousEdition", previous);
            }
            if (survey.ShareResults != SurveySharing.No)
            {
                json.WriteString("shareResults", SurveyImport.SharingNames.First(n => n.Value == survey.ShareResults).Key);
            }
            json.WriteStartArray("questions");
            foreach (var question in survey.Questions)
            {
                Question(json, question);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Whether two surveys have the same definition (what <see cref="ToJson"/> writes), whatever their state.</summary>
    public static bool Same(Survey a, Survey b) => ToJson(a) == ToJson(b);

    private static void Audience(Utf8JsonWriter json, Survey survey)
    {
        switch (survey.AudienceKind)
        {
            case SurveyAudienceKind.Followers:
                json.WriteStartObject("audience");
                Strings(json, "followers", survey.Products.Select(p => p.Id));
                json.WriteEndObject();
                break;
            case SurveyAudienceKind.Members:
                json.WriteStartObject("audience");
                Strings(json, "members", survey.Members.Select(m => m.Name));
                json.WriteEndObject();
                break;
            default:
                if (survey.Audience.Count > 0)
                {
                    Strings(json, "audience", survey.Audience);
                }
                break;
        }
    }

    private static void Question(Utf8JsonWriter json, FormField question)
    {
        json.WriteStartObject();
        json.WriteString("id", question.Id);
        json.WriteString("text", question.Prompt);
        json.WriteString("type", SurveyImport.TypeNames.First(t => t.Value == question.Type).Key);
        if (!question.Required)
        {
            json.WriteBoolean("required", false);
        }
        if (question.Choices.Count > 0)
        {
            Strings(json, "choices", question.Choices);
        }
        if (question.Min is { } min)
        {
            json.WriteNumber("min", min);
        }
        if (question.Max is { } max)
        {
            json.WriteNumber("max", max);
        }
        if (question.MaxLength != FormField.DefaultMaxLength(question.Type) && question.Type is FieldType.ShortText or FieldType.LongText)
        {
            json.WriteNumber("maxLength", question.MaxLength);
        }
        if (question.ShowIf is { } condition)
        {
            json.WriteStartObject("showIf");
            json.WriteString("question", condition.FieldId);
            Strings(json, "anyOf", condition.AnyOf);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }
        json.WriteEndArray();
    }
}
