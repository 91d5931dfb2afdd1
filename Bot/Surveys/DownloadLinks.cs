using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Surveys;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace CollabBot.Bot.Surveys;

/// <summary>The "Files" configuration section.</summary>
public sealed class FilesOptions
{
    public const string Section = "Files";

    /// <summary>Signs download tokens (HMAC-SHA256). Set it from a secret store in production.</summary>
    public string SigningKey { get; set; } = "";

    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromMinutes(15);
}

/// <summary>What a valid token says: which file, for which staff member.</summary>
public sealed record DownloadGrant(string File, MemberId Staff);

/// <summary>
/// Tokens for /files/{token}: base64url("file\ntenant\nobject id\nexpiry") + "." + base64url(HMAC). They name
/// the file and the staff member and expire (default 15 minutes); the host checks all three on download.
/// </summary>
public sealed class DownloadLinks(IOptions<FilesOptions> files, IOptions<CollabOptions> collab, TimeProvider clock) : IDownloadLinks
{
    private readonly byte[] key = Encoding.UTF8.GetBytes(files.Value.SigningKey);

    public string? For(string file, MemberId staff)
    {
        if (collab.Value.PublicBaseUrl is not { Length: > 0 } baseUrl)
        {
            return null;
        }
        return $"{baseUrl.TrimEnd('/')}/files/{Token(file, staff)}";
    }

    public string Token(string file, MemberId staff)
    {
        var expires = clock.GetUtcNow().Add(files.Value.LinkLifetime).ToUnixTimeSeconds();
        var payload = Encoding.UTF8.GetBytes($"{file}\n{staff.TenantId}\n{staff.ObjectId}\n{expires.ToString(CultureInfo.InvariantCulture)}");
        return $"{WebEncoders.Base64UrlEncode(payload)}.{WebEncoders.Base64UrlEncode(HMACSHA256.HashData(key, payload))}";
    }

    /// <returns>The grant, or why the token is refused.</returns>
    public (DownloadGrant? Grant, string? Refusal) Check(string token)
    {
        var parts = token.Split('.');
        byte[] payload, signature;
        try
        {
            if (parts.Length != 2)
            {
                return (null, "invalid");
            }
            payload = WebEncoders.Base64UrlDecode(parts[0]);
            signature = WebEncoders.Base64UrlDecode(parts[1]);
        }
        catch (FormatException)
        {
            return (null, "invalid");
        }
        if (!CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(key, payload)))
        {
            return (null, "invalid");
        }
        var fields = Encoding.UTF8.GetString(payload).Split('\n');
        if (fields.Length != 4 || !long.TryParse(fields[3], CultureInfo.InvariantCulture, out var expires))
        {
            return (null, "invalid");
        }
        if (clock.GetUtcNow().ToUnixTimeSeconds() >= expires)
        {
            return (null, "expired");
        }
        return (new DownloadGrant(fields[0], new MemberId(fields[1], fields[2])), null);
    }
}
