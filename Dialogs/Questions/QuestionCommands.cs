using CollabBot.Cards.Questions;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Forms;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Questions;

/// <summary>
/// "ask a question", with what follows it filled in (a product or topic, or the question itself). Also offered under
/// the help card when nothing understood a message, and on a product's cards.
/// </summary>
public sealed class AskQuestionCommand(QuestionForms forms, FormEngine engine, IStringLocalizer<QuestionTexts> texts) : ICommand
{
    public const string Name = "question.ask";

    public CommandInfo Info { get; } = new(Name, Role.Member,
        ["ask a question", "ask a question about", "ask wipo", "ask a question for the round table", "new question",
         "poser une question", "poser une question sur", "nouvelle question",
         "hacer una pregunta", "hacer una pregunta sobre", "nueva pregunta",
         "frage stellen", "eine frage stellen", "frage stellen zu", "neue frage"], TakesArgument: true)
    {
        Help = new(texts, "Ask"),
        Offered = [CommandOffer.NotUnderstood, CommandOffer.AboutProduct],
    };

    public async Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        if (turn.Conversation != ConversationKind.Personal)
        {
            turn.Say(texts["AskInPersonalChat"]);
            return;
        }
        var (form, refusal) = await forms.NewAsync(turn.Sender, argument, cancellationToken);
        if (form is null)
        {
            turn.Say(refusal!);
            return;
        }
        await engine.StartAsync(turn, forms, form, cancellationToken);
    }
}

/// <summary>"my questions": what the member asked or added their voice to, newest first, with where each stands.</summary>
public sealed class MyQuestionsCommand(IQuestionStore store, AskerKeys askers, IStringLocalizer<QuestionTexts> texts) : ICommand
{
    public CommandInfo Info { get; } = new("question.mine", Role.Member, ["my questions", "mes questions", "mis preguntas", "meine fragen"])
    {
        Help = new(texts, "Mine"),
    };

    public async Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        var asked = (await store.AskedByAsync(askers.Hash(turn.Sender.Id), cancellationToken)).ToList();
        var meetings = (await store.ListMeetingsAsync(cancellationToken)).ToDictionary(m => m.Id);
        var newest = asked.OrderByDescending(a => meetings.GetValueOrDefault(a.MeetingId)?.Date).ThenByDescending(a => a.Number).Take(MyQuestionsCard.MaxShown);
        var questions = await Task.WhenAll(newest.Select(a => store.FindAsync(a.MeetingId, a.Number, cancellationToken)));
        var rows = questions.OfType<Question>().Select(q => new MyQuestion(q.Id, meetings.GetValueOrDefault(q.MeetingId)?.Name ?? q.MeetingId, q.Text,
            QuestionViews.Status(texts, q), q.Answer)).ToList();
        turn.Show(MyQuestionsCard.Build(rows, new QuestionListLabels(texts["MineHeading"], texts["MineEmpty"], texts["Status"], texts["Answer"],
            texts["AskTitle"]), AskQuestionCommand.Name));
    }
}

/// <summary>"round table q&amp;a": the answers staff published, newest meeting first, narrowed to a meeting or product named after it.</summary>
public sealed class RoundTableAnswersCommand(IQuestionStore store, IStringLocalizer<QuestionTexts> texts) : ICommand
{
    public CommandInfo Info { get; } = new("question.qa", Role.Member,
        ["round table q&a", "round table qa", "round table answers", "q&a", "questions reponses", "questions-reponses", "preguntas y respuestas",
         "fragen und antworten"], TakesArgument: true)
    {
        Help = new(texts, "Qa"),
    };

    public async Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        var wanted = Phrase.Normalize(argument);
        var rows = new List<MyQuestion>();
        foreach (var meeting in (await store.ListMeetingsAsync(cancellationToken)).OrderByDescending(m => m.Date))
        {
            var meetingNamed = wanted.Length > 0 && (Phrase.Normalize(meeting.Name).Contains(wanted, StringComparison.Ordinal) || meeting.Id == wanted);
            rows.AddRange((await store.ListAsync(meeting.Id, cancellationToken))
                .Where(q => q.Published && q.Answer is not null && q.MergedInto is null)
                .Where(q => wanted.Length == 0 || meetingNamed || Phrase.Normalize(q.Topic).Contains(wanted, StringComparison.Ordinal))
                .OrderByDescending(q => q.Voices).ThenBy(q => q.Number)
                .Select(q => new MyQuestion(q.Id, meeting.Name, q.Text, q.Topic, q.Answer)));
            if (rows.Count >= MyQuestionsCard.MaxShown)
            {
                break;
            }
        }
        turn.Show(MyQuestionsCard.Build(rows, new QuestionListLabels(texts["QaHeading"], wanted.Length == 0 ? texts["QaEmpty"] : texts["QaNoneFor", argument],
            texts["Topic"], texts["Answer"], texts["AskTitle"]), AskQuestionCommand.Name));
    }
}
