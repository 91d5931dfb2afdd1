using System.Diagnostics;

namespace CollabBot.Bench.Delivery;

/// <summary>The bot as a process of its own (the Release build bench.sh makes), so that it can be killed like a crashed instance.</summary>
public sealed class BotProcess : IDisposable
{
    private readonly Process process;

    private BotProcess(Process process) => this.process = process;

    public static BotProcess Start(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(BotDll());
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("The bot process did not start.");
        // Drained so that a full pipe never blocks the bot; its warnings are not part of the figures.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new BotProcess(process);
    }

    /// <summary>SIGKILL: no drain, no lease released, no outcome written for what was in flight.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        process.Dispose();
    }

    private static string BotDll()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var dll = Path.Combine(folder.FullName, "Bot", "bin", "Release", "net10.0", "CollabBot.Bot.dll");
            if (File.Exists(dll))
            {
                return dll;
            }
        }
        throw new InvalidOperationException("Bot/bin/Release/net10.0/CollabBot.Bot.dll not found: build with ./bench.sh.");
    }
}
