using System.Security.Cryptography;
using System.Text;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Surveys;
using Microsoft.Extensions.Options;

namespace CollabBot.Dialogs.Questions;

/// <summary>
/// How a question remembers who asked it. A named or group-only question keeps the member's id; an anonymous one
/// keeps it sealed (AES-GCM under a key derived from Surveys:ResponseKey), so staff, cards and exports never show it
/// and only the bot can open it to tell the asker of changes. "My questions" and voices are found by a keyed hash of
/// the member's id, never by the id itself.
/// </summary>
public sealed class AskerKeys
{
    private const string NamedPrefix = "m:";
    private const string SealedPrefix = "s:";
    private readonly byte[] sealKey;
    private readonly byte[] hashKey;

    public AskerKeys(IOptions<SurveyOptions> options)
    {
        var secret = Encoding.UTF8.GetBytes(options.Value.ResponseKey);
        sealKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 32, info: "collabbot/questions/asker-seal"u8.ToArray());
        hashKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 32, info: "collabbot/questions/asker-hash"u8.ToArray());
    }

    public string Hash(MemberId member) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(hashKey, Encoding.UTF8.GetBytes($"{member.TenantId}\n{member.ObjectId}")));

    public string For(MemberId member, QuestionVisibility visibility) =>
        visibility == QuestionVisibility.Anonymous ? SealedPrefix + Seal(member) : $"{NamedPrefix}{member.TenantId}\n{member.ObjectId}";

    /// <summary>The member an asker token names, or null when it is not one this bot made.</summary>
    public MemberId? Open(string asker)
    {
        var plain = asker.StartsWith(NamedPrefix, StringComparison.Ordinal) ? asker[NamedPrefix.Length..]
            : asker.StartsWith(SealedPrefix, StringComparison.Ordinal) ? Unseal(asker[SealedPrefix.Length..])
            : null;
        return plain?.Split('\n') is [var tenant, var objectId] ? new MemberId(tenant, objectId) : null;
    }

    private string Seal(MemberId member)
    {
        var plain = Encoding.UTF8.GetBytes($"{member.TenantId}\n{member.ObjectId}");
        var sealedBytes = new byte[12 + 16 + plain.Length];
        RandomNumberGenerator.Fill(sealedBytes.AsSpan(0, 12));
        using var aes = new AesGcm(sealKey, 16);
        aes.Encrypt(sealedBytes.AsSpan(0, 12), plain, sealedBytes.AsSpan(28), sealedBytes.AsSpan(12, 16));
        return Convert.ToBase64String(sealedBytes);
    }

    private string? Unseal(string text)
    {
        try
        {
            var sealedBytes = Convert.FromBase64String(text);
            if (sealedBytes.Length < 28)
            {
                return null;
            }
            var plain = new byte[sealedBytes.Length - 28];
            using var aes = new AesGcm(sealKey, 16);
            aes.Decrypt(sealedBytes.AsSpan(0, 12), sealedBytes.AsSpan(28), sealedBytes.AsSpan(12, 16), plain);
            return Encoding.UTF8.GetString(plain);
        }
        catch (Exception e) when (e is FormatException or AuthenticationTagMismatchException)
        {
            return null;
        }
    }
}
