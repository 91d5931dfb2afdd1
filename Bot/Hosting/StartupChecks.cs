using CollabBot.Dialogs.Members;

namespace CollabBot.Bot.Hosting;

/// <summary>The bot was started without what it needs; the message names each setting.</summary>
public sealed class StartupConfigurationException(IReadOnlyList<string> problems)
    : Exception("CollabBot can't start outside Development without these settings:\n" + string.Join("\n", problems.Select(p => "  - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>Runs <see cref="StartupChecks"/> before any other part of the host starts.</summary>
public sealed class StartupVerifier(IConfiguration configuration, IHostEnvironment environment) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        StartupChecks.Verify(configuration, environment);
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>
/// What the bot needs before it takes a request. Outside Development it refuses to start without its Bot Framework
/// credentials, its secrets and an explicit choice of tenants; in Development it makes do (anonymous, every tenant,
/// a response key made for the run) and says so at start.
/// </summary>
public static class StartupChecks
{
    public const int MinSecretLength = 32;

    /// <summary>The refusal, when <paramref name="exception"/> is one (the host may wrap it).</summary>
    public static StartupConfigurationException? RefusalIn(Exception exception) => exception switch
    {
        StartupConfigurationException refusal => refusal,
        AggregateException all => all.InnerExceptions.Select(RefusalIn).FirstOrDefault(r => r is not null),
        _ => null,
    };

    public static void Verify(IConfiguration configuration, IHostEnvironment environment)
    {
        var problems = Problems(configuration, environment).ToList();
        if (problems.Count > 0)
        {
            throw new StartupConfigurationException(problems);
        }
    }

    public static IEnumerable<string> Problems(IConfiguration configuration, IHostEnvironment environment)
    {
        var responseKey = configuration["Surveys:ResponseKey"];
        if (!string.IsNullOrEmpty(responseKey) && responseKey.Length < MinSecretLength)
        {
            yield return $"Surveys:ResponseKey is shorter than {MinSecretLength} characters.";
        }
        if (environment.IsDevelopment())
        {
            yield break;
        }
        if (string.IsNullOrEmpty(responseKey))
        {
            yield return $"Surveys:ResponseKey: a secret of at least {MinSecretLength} characters that keys anonymous survey answers (keep it: changing it loses anonymous members' place).";
        }
        foreach (var problem in Credentials(configuration))
        {
            yield return problem;
        }
        var collab = configuration.GetSection(CollabOptions.Section).Get<CollabOptions>() ?? new CollabOptions();
        if (!collab.AllowedTenants.Any(t => !string.IsNullOrWhiteSpace(t)) && !collab.AllowAllTenants)
        {
            yield return "Collab:AllowedTenants: the Microsoft Entra tenant ids whose people may use the bot (or Collab:AllowAllTenants = true to let every tenant in).";
        }
        var storage = configuration["Storage:ConnectionString"] ?? "";
        if (storage.Length == 0 || storage.Contains("UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase)
            || !storage.Contains("AccountKey=", StringComparison.OrdinalIgnoreCase))
        {
            yield return "Storage:ConnectionString: the storage account's connection string, with its account key (download links are signed with it).";
        }
    }

    private static IEnumerable<string> Credentials(IConfiguration configuration)
    {
        if (string.IsNullOrEmpty(configuration["MicrosoftAppId"]))
        {
            yield return "MicrosoftAppId: the bot's app id (outside Development the bot never runs anonymous).";
            yield break;
        }
        var type = configuration["MicrosoftAppType"] is { Length: > 0 } t ? t : "MultiTenant";
        if (type is not ("MultiTenant" or "SingleTenant" or "UserAssignedMSI"))
        {
            yield return $"MicrosoftAppType: \"{type}\" is not MultiTenant, SingleTenant or UserAssignedMSI.";
        }
        if (type != "UserAssignedMSI" && string.IsNullOrEmpty(configuration["MicrosoftAppPassword"]))
        {
            yield return "MicrosoftAppPassword: the client secret of the bot's app registration.";
        }
        if (type != "MultiTenant" && string.IsNullOrEmpty(configuration["MicrosoftAppTenantId"]))
        {
            yield return $"MicrosoftAppTenantId: the tenant of the bot's app registration ({type}).";
        }
    }
}
