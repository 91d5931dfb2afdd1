namespace CollabBot.Bot.Storage;

/// <summary>The "Storage" configuration section.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Azure Storage (or Azurite) connection string.</summary>
    public string ConnectionString { get; set; } = "UseDevelopmentStorage=true";

    /// <summary>Prepended to every table name; lets test runs share one Azurite without meeting.</summary>
    public string TablePrefix { get; set; } = "";
}
