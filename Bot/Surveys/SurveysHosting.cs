using CollabBot.Bot.Storage;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Surveys;
using Microsoft.Extensions.Options;

namespace CollabBot.Bot.Surveys;

public static partial class SurveysHosting
{
    /// <summary>Survey storage, download links, exports and the background worker.</summary>
    public static IServiceCollection AddSurveyHosting(this IServiceCollection services)
    {
        services.AddOptions<SurveyOptions>().BindConfiguration(SurveyOptions.Section)
            .Validate(o => o.ResponseKey.Length >= 16, "Surveys:ResponseKey must be set (at least 16 characters)").ValidateOnStart();
        services.AddOptions<FilesOptions>().BindConfiguration(FilesOptions.Section)
            .Validate(o => o.SigningKey.Length >= 16, "Files:SigningKey must be set (at least 16 characters)")
            .Validate(o => o.LinkLifetime > TimeSpan.Zero, "Files:LinkLifetime must be positive").ValidateOnStart();
        services.AddSingleton(new TableName(TableSurveyStore.Surveys));
        services.AddSingleton(new TableName(TableSurveyStore.Responses));
        services.AddSingleton(new TableName(TableSurveyStore.Deliveries));
        services.AddSingleton<ISurveyStore, TableSurveyStore>();
        services.AddSingleton<DownloadLinks>();
        services.AddSingleton<IDownloadLinks>(sp => sp.GetRequiredService<DownloadLinks>());
        services.AddSingleton<SurveyExports>();
        services.AddHostedService<SurveyWorker>();
        return services;
    }

    /// <summary>GET /files/{token}: a file named by a signed, unexpired token made for someone who is still staff.</summary>
    public static WebApplication MapFiles(this WebApplication app)
    {
        app.MapGet("/files/{token}", DownloadAsync);
        return app;
    }

    private static async Task<IResult> DownloadAsync(string token, DownloadLinks links, SurveyExports exports, IOptions<CollabOptions> collab,
        ILogger<DownloadLinks> logger, CancellationToken cancellationToken)
    {
        var (grant, refusal) = links.Check(token);
        if (grant is null)
        {
            LogRefused(logger, refusal!);
            return refusal == "expired"
                ? Results.Text("This link has expired. Open the results card again for a new one.", statusCode: StatusCodes.Status410Gone)
                : Results.NotFound();
        }
        if (!collab.Value.IsStaff(grant.Staff.ObjectId))
        {
            LogRefused(logger, "not staff");
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }
        if (await exports.BuildAsync(grant.File, cancellationToken) is not { } file)
        {
            return Results.NotFound();
        }
        LogServed(logger, grant.File, grant.Staff.ObjectId);
        return Results.File(file.Content, file.ContentType, file.Name);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a download ({Reason})")]
    private static partial void LogRefused(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Served {File} to staff {StaffId}")]
    private static partial void LogServed(ILogger logger, string file, string staffId);
}
