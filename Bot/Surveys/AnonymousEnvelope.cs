using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CollabBot.Dialogs.Surveys;
using Microsoft.Extensions.Options;

namespace CollabBot.Bot.Surveys;

/// <summary>An anonymous respondent's answers waiting to be counted (what is sealed in a pending row).</summary>
/// <param name="UserGroup">The respondent's confirmed user group when they last answered (null: none).</param>
public sealed record PendingAnswers(string RespondentKey, Dictionary<string, string> Answers, bool Complete, string? UserGroup = null);

/// <summary>
/// Seals the answers an anonymous respondent gave before they are counted, so that a reader of the storage
/// account learns nothing from the pending row written in the same turn as the member's conversation state: its
/// row key is a keyed hash that appears nowhere else, and its content (including the response key it belongs to)
/// is encrypted with AES-GCM, bound to its row. Both keys are derived (HKDF) from Surveys:ResponseKey.
/// </summary>
public sealed class AnonymousEnvelope
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly byte[] sealKey;
    private readonly byte[] rowKey;

    public AnonymousEnvelope(IOptions<SurveyOptions> options)
    {
        var secret = Encoding.UTF8.GetBytes(options.Value.ResponseKey);
        sealKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 32, info: "collabbot/anonymous-answers/seal"u8.ToArray());
        rowKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 32, info: "collabbot/anonymous-answers/row"u8.ToArray());
    }

    /// <summary>The pending row of a respondent: hex, so it never sorts after the partition's lock row ("~lock").</summary>
    public string RowFor(string surveyId, string respondentKey) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(rowKey, Encoding.UTF8.GetBytes($"{surveyId}\n{respondentKey}")));

    public byte[] Seal(string surveyId, string row, PendingAnswers answers) =>
        SealBytes(JsonSerializer.SerializeToUtf8Bytes(answers, Json), Bound(surveyId, row));

    /// <returns>The answers, or null when the content was not sealed for this row with this key.</returns>
    public PendingAnswers? Open(string surveyId, string row, byte[] sealedBytes)
    {
        try
        {
            return OpenBytes(sealedBytes, Bound(surveyId, row)) is { } plain ? JsonSerializer.Deserialize<PendingAnswers>(plain, Json) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private byte[] SealBytes(byte[] plain, byte[] bound)
    {
        var sealedBytes = new byte[AesGcm.NonceByteSizes.MaxSize + AesGcm.TagByteSizes.MaxSize + plain.Length];
        var nonce = sealedBytes.AsSpan(0, AesGcm.NonceByteSizes.MaxSize);
        var tag = sealedBytes.AsSpan(nonce.Length, AesGcm.TagByteSizes.MaxSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(sealKey, tag.Length);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(nonce.Length + tag.Length), tag, bound);
        return sealedBytes;
    }

    private byte[]? OpenBytes(byte[] sealedBytes, byte[] bound)
    {
        var head = AesGcm.NonceByteSizes.MaxSize + AesGcm.TagByteSizes.MaxSize;
        if (sealedBytes.Length < head)
        {
            return null;
        }
        var plain = new byte[sealedBytes.Length - head];
        try
        {
            using var aes = new AesGcm(sealKey, AesGcm.TagByteSizes.MaxSize);
            aes.Decrypt(sealedBytes.AsSpan(0, AesGcm.NonceByteSizes.MaxSize), sealedBytes.AsSpan(head),
                sealedBytes.AsSpan(AesGcm.NonceByteSizes.MaxSize, AesGcm.TagByteSizes.MaxSize), plain, bound);
            return plain;
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
    }

    private static byte[] Bound(string surveyId, string row) => Encoding.UTF8.GetBytes($"{surveyId}\n{row}");

    /// <summary>
    /// The user group of a counted anonymous response (null: none), sealed like pending answers and bound to its
    /// response. A random nonce and a fixed length (the name padded) make every sealed group look alike: a reader of
    /// the table cannot tell which rows share a group, so a group with a single respondent does not point at them
    /// (decision 0018).
    /// </summary>
    public byte[] SealGroup(string surveyId, string respondentKey, string? group)
    {
        var name = Encoding.UTF8.GetBytes(group ?? "");
        var padded = new byte[(name.Length / GroupPadding + 1) * GroupPadding];
        name.CopyTo(padded, 0);
        return SealBytes(padded, GroupBound(surveyId, respondentKey));
    }

    /// <returns>The group, or null when there is none or it was not sealed for this response with this key.</returns>
    public string? OpenGroup(string surveyId, string respondentKey, byte[] sealedGroup) =>
        OpenBytes(sealedGroup, GroupBound(surveyId, respondentKey)) is { } plain
        && Encoding.UTF8.GetString(plain).TrimEnd('\0') is { Length: > 0 } group ? group : null;

    private const int GroupPadding = 64;

    private static byte[] GroupBound(string surveyId, string respondentKey) => Encoding.UTF8.GetBytes($"group\n{surveyId}\n{respondentKey}");
}
