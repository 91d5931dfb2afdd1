using System.Security.Cryptography;
using System.Text;
using CollabBot.Dialogs.Conversation;
using Microsoft.Extensions.Options;

namespace CollabBot.Dialogs.Surveys;

/// <summary>
/// The row key of a member's response: their id for named surveys; for anonymous ones an HMAC of survey and
/// member with a server-side key, so the member can resume and change answers and no one can tell who.
/// </summary>
public sealed class RespondentKeys(IOptions<SurveyOptions> options)
{
    private readonly byte[] key = Encoding.UTF8.GetBytes(options.Value.ResponseKey);

    public string For(Survey survey, MemberId member) => survey.Anonymous
        ? "a:" + Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{survey.Id}\n{member.TenantId}\n{member.ObjectId}")))
        : $"m:{member.TenantId}:{member.ObjectId}";
}
