namespace CollabBot.Dialogs.Forms;

/// <summary>
/// Where a member is in a form, kept in conversation state (plain settable properties: it is saved as JSON).
/// The answers themselves are stored by the form's owner at each step, so a lost state loses only the place.
/// </summary>
public sealed class FormCursor
{
    /// <summary>Which feature owns the form ("survey").</summary>
    public string Kind { get; set; } = "";

    public string FormId { get; set; } = "";

    /// <summary>The question being asked, 0-based.</summary>
    public int Index { get; set; }

    /// <summary>Set by "later" or an interruption: the next text goes to the other stages unless it is "continue".</summary>
    public bool Paused { get; set; }
}
