using CollabBot.Bot.Storage;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Notifications;

namespace CollabBot.Bot.Delivery;

public static class DeliveryHosting
{
    /// <summary>The delivery engine: its tables and queues, the engine features ask, and its workers.</summary>
    public static IServiceCollection AddDelivery(this IServiceCollection services)
    {
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.Section)
            .Validate(o => o.TenantRate is > 0 and <= 50, "Delivery:TenantRate must be above 0 and at most 50 (Teams' limit per tenant)")
            .Validate(o => o.BatchSize is > 0 and <= 100, "Delivery:BatchSize must be 1 to 100")
            .Validate(o => o.ShardLease >= TimeSpan.FromSeconds(3), "Delivery:ShardLease must be at least 3 seconds (it is renewed every second)")
            .ValidateOnStart();
        services.AddSingleton(new TableName(BroadcastStore.Table));
        services.AddSingleton(new TableName(DueStore.Table));
        services.AddSingleton(new TableName(ShardWorker.LeaseTable));
        foreach (var queue in Shards.AllQueues())
        {
            services.AddSingleton(new QueueName(queue));
        }
        services.AddSingleton<BroadcastStore>();
        services.AddSingleton<DueStore>();
        services.AddSingleton<AudiencePages>();
        services.AddSingleton<TeamsSender>();
        services.AddSingleton<BatchSender>();
        services.AddSingleton<Fanout>();
        services.AddSingleton<DeliveryEngine>();
        services.AddSingleton<IDeliveries>(sp => sp.GetRequiredService<DeliveryEngine>());
        services.AddSingleton<INotifier>(sp => sp.GetRequiredService<DeliveryEngine>());
        services.AddSingleton<IProgressCards>(sp => sp.GetRequiredService<DeliveryEngine>());
        services.AddHostedService<ShardWorker>();
        services.AddHostedService<FanoutWorker>();
        services.AddHostedService<DueScheduler>();
        services.AddHostedService<ProgressUpdater>();
        return services;
    }
}
