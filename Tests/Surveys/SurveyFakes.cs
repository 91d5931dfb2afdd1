using System.Collections.Concurrent;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Files;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Notifications;
using CollabBot.Dialogs.Surveys;

namespace CollabBot.Tests.Surveys;

/// <summary>Surveys and responses in memory, with the table store's merge semantics and its waiting anonymous answers.</summary>
public sealed class InMemorySurveyStore : ISurveyStore
{
    private readonly ConcurrentDictionary<string, Survey> surveys = new();
    private readonly ConcurrentDictionary<(string, string), SurveyResponse> responses = new();
    private readonly ConcurrentDictionary<(string, string, string), DateTimeOffset> deliveries = new();
    private readonly ConcurrentDictionary<(string, string), SurveyResponse> pending = new();

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

    public Task<SurveyResponse?> FindResponseAsync(Survey survey, string respondentKey, CancellationToken cancellationToken)
    {
        var counted = responses.GetValueOrDefault((survey.Id, respondentKey));
        if (!pending.TryGetValue((survey.Id, respondentKey), out var waiting))
        {
            return Task.FromResult(counted);
        }
        return Task.FromResult<SurveyResponse?>(Merge(counted, survey.Id, respondentKey, null, waiting.UserGroup, waiting.Answers, waiting.Complete,
            DateTimeOffset.MinValue));
    }

    public Task SaveAnswersAsync(Survey survey, string respondentKey, MemberId? respondent, string? userGroup, IReadOnlyDictionary<string, string> answers,
        bool complete, DateTimeOffset now, CancellationToken cancellationToken)
    {
        AnswerWrites++;
        var key = (survey.Id, respondentKey);
        if (survey.Anonymous)
        {
            var waiting = pending.GetValueOrDefault(key);
            pending[key] = Merge(waiting, survey.Id, respondentKey, null, userGroup, answers, complete, DateTimeOffset.MinValue);
        }
        else
        {
            responses[key] = Merge(responses.GetValueOrDefault(key), survey.Id, respondentKey, respondent, userGroup, answers, complete, now);
        }
        return Task.CompletedTask;
    }

    public Task<int> CountPendingAsync(string surveyId, CancellationToken cancellationToken) =>
        Task.FromResult(pending.Keys.Count(k => k.Item1 == surveyId));

    public Task<int> FlushAnonymousAsync(string surveyId, int minimumRespondents, CancellationToken cancellationToken)
    {
        var waiting = pending.Where(p => p.Key.Item1 == surveyId).ToList();
        if (waiting.Count == 0 || waiting.Count < minimumRespondents)
        {
            return Task.FromResult(0);
        }
        foreach (var (key, answers) in waiting)
        {
            responses[key] = Merge(responses.GetValueOrDefault(key), surveyId, key.Item2, null, answers.UserGroup, answers.Answers, answers.Complete,
                DateTimeOffset.MinValue);
            pending.TryRemove(key, out _);
        }
        return Task.FromResult(waiting.Count);
    }

    private static SurveyResponse Merge(SurveyResponse? old, string surveyId, string respondentKey, MemberId? respondent, string? userGroup,
        IReadOnlyDictionary<string, string> answers, bool complete, DateTimeOffset now)
    {
        var merged = new Dictionary<string, string>(old?.Answers ?? new Dictionary<string, string>());
        foreach (var (k, v) in answers)
        {
            merged[k] = v;
        }
        return new SurveyResponse(surveyId, respondentKey, respondent ?? old?.Respondent, merged, complete || old?.Complete == true, now) { UserGroup = userGroup };
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

    private readonly Lock updates = new();

    /// <summary>Every change of a survey's status the store wrote, in order ("id: Open -> Closed").</summary>
    public ConcurrentQueue<string> StatusChanges { get; } = new();

    public Task<Survey?> UpdateAsync(string surveyId, Func<Survey, Survey?> change, CancellationToken cancellationToken)
    {
        lock (updates)
        {
            if (!surveys.TryGetValue(surveyId, out var current))
            {
                return Task.FromResult<Survey?>(null);
            }
            if (change(current) is not { } changed)
            {
                return Task.FromResult<Survey?>(current);
            }
            if (changed.Status != current.Status)
            {
                StatusChanges.Enqueue($"{surveyId}: {current.Status} -> {changed.Status}");
            }
            surveys[surveyId] = changed;
            return Task.FromResult<Survey?>(changed);
        }
    }

    public Task<Survey?> FindLatestAsync(string surveyId, CancellationToken cancellationToken) => FindAsync(surveyId, cancellationToken);

    public Task<int> CountCompleteAsync(string surveyId, CancellationToken cancellationToken) =>
        Task.FromResult(responses.Where(r => r.Key.Item1 == surveyId && r.Value.Complete).Select(r => r.Key.Item2)
            .Union(pending.Where(p => p.Key.Item1 == surveyId && p.Value.Complete).Select(p => p.Key.Item2)).Count());

    public Task<bool> TryRecordDeliveryAsync(string surveyId, string recipientKey, string what, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(deliveries.TryAdd((surveyId, recipientKey, what), now));

    public Task<bool> AddAsync(Survey survey, CancellationToken cancellationToken) => Task.FromResult(surveys.TryAdd(survey.Id, survey));

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
