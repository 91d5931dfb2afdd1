namespace CollabBot.Tests.Support;

public static class RepoPaths
{
    /// <summary>The repository root: the folder that holds CollabBot.sln.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CollabBot.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("CollabBot.sln not found above " + AppContext.BaseDirectory);
    }
}
