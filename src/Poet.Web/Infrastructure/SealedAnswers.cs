using System.Buffers.Binary;
using System.Text.Json;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Infrastructure;

/// <summary>
/// Seals a response's answers for the two places they wait before they are anonymous rows: a draft (keyed by the
/// personal link's token and the server secret, so only the link, through a running POET, opens it) and a submission
/// waiting for the mix (keyed by the server secret alone, padded to a fixed size so its length does not say whose it is).
/// </summary>
public sealed class SealedAnswers(PoetSecrets secrets)
{
    /// <summary>Submissions are padded to a multiple of this; almost every response fits in one block.</summary>
    public const int SubmissionBlock = 16 * 1024;
    private const string LookupPurpose = "draft-lookup", DraftPurpose = "draft-seal", MixPurpose = "submission-mix";
    private readonly byte[] _mixKey = secrets.Key(MixPurpose);

    public byte[] DraftLookup(string token) => secrets.Mac(LookupPurpose, token);

    public byte[] SealDraft(string token, Response response) => AccessCodes.Seal(Serialise(response, pad: false), secrets.Mac(DraftPurpose, token));

    /// <summary>The draft as a detached response (a fresh random id, never stored), or null if it does not open with this token.</summary>
    public Response? OpenDraft(string token, SurveyDraft draft) =>
        AccessCodes.UnsealBytes(draft.Sealed, secrets.Mac(DraftPurpose, token)) is { } plain ? Deserialise(plain, draft.RoundId) : null;

    public byte[] SealSubmission(Response response) => AccessCodes.Seal(Serialise(response, pad: true), _mixKey);

    public Response? OpenSubmission(SealedSubmission submission) =>
        AccessCodes.UnsealBytes(submission.Sealed, _mixKey) is { } plain ? Deserialise(plain, submission.RoundId) : null;

    /// <summary>
    /// What is sealed. <c>PartnerOther</c> and <c>GroupOther</c> came later: a sealed copy without them reads as not
    /// answered. <c>Paper</c> came with late paper returns (keyed after the close, then mixed like online ones); a
    /// sealed copy without it is an online submission.
    /// </summary>
    private sealed record Content(string? Role, int? Partner, int? Group, int Last, List<ContentAnswer> Answers, List<ContentOutcome> Outcomes,
        bool PartnerOther = false, bool GroupOther = false, bool Paper = false);
    private sealed record ContentAnswer(int Item, int? Value, string? Comment);
    private sealed record ContentOutcome(string Outcome, string Rationale);

    private static byte[] Serialise(Response r, bool pad)
    {
        var content = new Content(r.RoleTitle, r.PartnerOrganisationId, r.ProfessionalGroupId, r.LastSectionSaved,
            r.Answers.OrderBy(a => a.RoundItemId).Select(a => new ContentAnswer(a.RoundItemId, a.Value, a.Comment)).ToList(),
            r.Outcomes.OrderBy(o => o.Order).Select(o => new ContentOutcome(o.Outcome, o.Rationale)).ToList(),
            r.PartnerOther, r.ProfessionOther, r.Mode == ResponseMode.Paper);
        var json = JsonSerializer.SerializeToUtf8Bytes(content);
        var length = 4 + json.Length;
        var total = pad ? (length + SubmissionBlock - 1) / SubmissionBlock * SubmissionBlock : length;
        var plain = new byte[total];
        BinaryPrimitives.WriteInt32LittleEndian(plain, json.Length);
        json.CopyTo(plain, 4);
        return plain;
    }

    private static Response Deserialise(byte[] plain, int roundId)
    {
        var length = BinaryPrimitives.ReadInt32LittleEndian(plain);
        var c = JsonSerializer.Deserialize<Content>(plain.AsSpan(4, length))!;
        var id = Guid.NewGuid();
        return new Response
        {
            Id = id, RoundId = roundId, Mode = c.Paper ? ResponseMode.Paper : ResponseMode.Online, RoleTitle = c.Role, PartnerOrganisationId = c.Partner,
            ProfessionalGroupId = c.Group, PartnerOther = c.PartnerOther, ProfessionOther = c.GroupOther, LastSectionSaved = c.Last,
            Answers = c.Answers.Select(a => new Answer { ResponseId = id, RoundItemId = a.Item, Value = a.Value, Comment = a.Comment }).ToList(),
            Outcomes = c.Outcomes.Select((o, n) => new OutcomeStatement { Id = Guid.NewGuid(), ResponseId = id, Order = n + 1, Outcome = o.Outcome, Rationale = o.Rationale }).ToList(),
        };
    }
}
