using Azure;
using Azure.Data.Tables;
using CollabBot.Dialogs.Plans;

namespace CollabBot.Bot.Storage;

/// <summary>
/// Questions members sent about products without plans, for the questions feature: partition "plans", RowKey
/// "{product}/{tenant}/{object id}", so a member's question about a product is written once (insert if absent).
/// </summary>
public sealed class TablePlanQuestions(CollabTables tables) : IPlanQuestions
{
    public const string TableName = "planquestions";
    public const string Partition = "plans";

    public async Task<bool> RecordAsync(PlanQuestion question, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(Partition, TableKey.Encode($"{question.ProductId}/{question.Asker.TenantId}/{question.Asker.ObjectId}"))
        {
            ["AskerTenantId"] = question.Asker.TenantId,
            ["AskerObjectId"] = question.Asker.ObjectId,
            ["ProductId"] = question.ProductId,
            ["ProductName"] = question.ProductName,
            ["At"] = question.At,
            ["Status"] = "new",
        };
        try
        {
            await tables[TableName].AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }
}
