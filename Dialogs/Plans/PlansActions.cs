using CollabBot.Cards.Plans;
using CollabBot.Dialogs.Conversation;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Plans;

public sealed class ShowPlansAction(PlansAnswers answers) : ICardAction
{
    public string Verb => PlansVerbs.Show;

    public Role Required => Role.Member;

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (await answers.ProductFromButtonAsync(turn, submit, cancellationToken) is { } product)
        {
            await answers.ShowPlansAsync(turn, product, cancellationToken);
        }
    }
}

public sealed class FollowAction(PlansAnswers answers, TimeProvider clock) : ICardAction
{
    public string Verb => PlansVerbs.Follow;

    public Role Required => Role.Member;

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (await answers.ProductFromButtonAsync(turn, submit, cancellationToken) is { } product)
        {
            await answers.FollowAsync(turn, product, clock.GetUtcNow(), cancellationToken);
        }
    }
}

public sealed class UnfollowAction(PlansAnswers answers) : ICardAction
{
    public string Verb => PlansVerbs.Unfollow;

    public Role Required => Role.Member;

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (await answers.ProductFromButtonAsync(turn, submit, cancellationToken) is { } product)
        {
            await answers.UnfollowAsync(turn, product, cancellationToken);
        }
    }
}

/// <summary>A product without plans: the member sends the question to staff with one click (recorded once).</summary>
public sealed class AskStaffAction(PlansAnswers answers, IPlanQuestions questions, TimeProvider clock, IStringLocalizer<PlansTexts> texts)
    : ICardAction
{
    public string Verb => PlansVerbs.AskStaff;

    public Role Required => Role.Member;

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (await answers.ProductFromButtonAsync(turn, submit, cancellationToken) is not { } product)
        {
            return;
        }
        var recorded = await questions.RecordAsync(new PlanQuestion(turn.Sender.Id, product.Id, product.Name, clock.GetUtcNow()), cancellationToken);
        turn.Say(texts[recorded ? "QuestionSent" : "QuestionAlreadySent", product.Name]);
    }
}
