using System.Collections.Concurrent;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Notifications;
using CollabBot.Dialogs.Surveys;

namespace CollabBot.Tests.Surveys;

/// <summary>Surveys and responses in memory, with the table store's merge semantics.</summary>
public sealed class InMemorySurveyStore : ISurveyStore
{
    private readonly ConcurrentDictionary<string, Survey> surveys = new();
    private readonly ConcurrentDictionary<(string, string), SurveyResponse> responses = new();
    private readonly ConcurrentDictionary<(string, string, string), DateTimeOffset> deliveries = new();

    public int AnswerWrites { get; private set; }

    public IReadOnlyCollection<SurveyResponse> Responses => [.. responses.Values];

    public Task<Survey?> FindAsync(string surveyId, CancellationToken cancellationToken) => Task.FromResult(surveys.GetValueOrDefault(surveyId));

    public Task<IReadOnlyList<Survey>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Survey>>([.. surveys.Values]);

    public Task SaveAsync(Survey survey, CancellationToken cancellationToken)
    {
        surveys[survey.Id] = survey;
        return Task.CompletedTask;
    }

    public Task SetInvitedAsync(string surveyId, int invited, CancellationToken cancellationToken)
    {
        surveys[surveyId] = surveys[surveyId] with { Invited = invited };
        return Task.CompletedTask;
    }

    public Task<SurveyResponse?> FindResponseAsync(string surveyId, string respondentKey, CancellationToken cancellationToken) =>
        Task.FromResult(responses.GetValueOrDefault((surveyId, respondentKey)));

    public Task SaveAnswersAsync(string surveyId, string respondentKey, MemberId? respondent, IReadOnlyDictionary<string, string> answers,
        bool complete, DateTimeOffset now, CancellationToken cancellationToken)
    {
        AnswerWrites++;
        var old = responses.GetValueOrDefault((surveyId, respondentKey));
        var merged = new Dictionary<string, string>(old?.Answers ?? new Dictionary<string, string>());
        foreach (var (k, v) in answers)
        {
            merged[k] = v;
        }
        responses[(surveyId, respondentKey)] = new SurveyResponse(surveyId, respondentKey, respondent ?? old?.Respondent, merged,
            complete || old?.Complete == true, now);
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<SurveyResponse> ReadResponsesAsync(string surveyId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var response in await ListResponsesAsync(surveyId, cancellationToken))
        {
            yield return response;
        }
    }

    public Task<IReadOnlyList<SurveyResponse>> ListResponsesAsync(string surveyId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SurveyResponse>>([.. responses.Values.Where(r => r.SurveyId == surveyId)]);

    public Task<bool> TryRecordDeliveryAsync(string surveyId, string recipientKey, string what, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(deliveries.TryAdd((surveyId, recipientKey, what), now));
}

public sealed class RecordedExportRequests : IExportRequests
{
    public ConcurrentQueue<ExportRequest> Requests { get; } = new();

    public Task RequestAsync(ExportRequest request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        return Task.CompletedTask;
    }
}
