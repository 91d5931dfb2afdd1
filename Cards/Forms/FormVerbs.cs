namespace CollabBot.Cards.Forms;

/// <summary>The verbs and payload keys of form buttons; the form engine owns them, whatever the form.</summary>
public static class FormVerbs
{
    /// <summary>A step-by-step answer from a button (choice, rating, yes/no) or a card input.</summary>
    public const string Answer = "form.answer";
    /// <summary>back, skip, later, cancel from the question card.</summary>
    public const string Control = "form.control";
    /// <summary>Start or continue step by step.</summary>
    public const string Start = "form.start";
    /// <summary>Open the all-in-one card.</summary>
    public const string OpenCard = "form.card";
    /// <summary>The all-in-one card's submit.</summary>
    public const string SubmitAll = "form.submitAll";

    public const string KindKey = "kind";
    public const string FormKey = "form";
    public const string FieldKey = "field";
    public const string ValueKey = "value";
    public const string ControlKey = "control";
    public const string AnswerInput = "answer";

    /// <summary>Input id of a field on the all-in-one card.</summary>
    public static string InputId(string fieldId) => "f_" + fieldId;
}
