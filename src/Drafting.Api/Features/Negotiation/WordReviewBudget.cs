using System.Globalization;
using Drafting.Api.Features.Comments;
using Drafting.Api.Features.Resolutions;
using Drafting.Api.Platform.Limits;

namespace Drafting.Api.Features.Negotiation;

/// <summary>
/// A Word review spends the uploader's proposal and comment budgets, one token per proposal or comment it creates (a
/// change or comment already imported from the same file costs nothing), exactly as the REST calls would. When a
/// budget runs out the rest of that kind is cut, in file order, and the answer names what was not stored; uploading the
/// same file again once the budget is back stores the rest, since what was stored is recognised.
/// </summary>
internal sealed class WordReviewBudget(ParticipantLimits limits, string userId)
{
    private TimeSpan retryAfter;

    /// <summary>Whether proposals have been cut.</summary>
    public bool ProposalsSpent { get; private set; }

    /// <summary>Whether comments have been cut.</summary>
    public bool CommentsSpent { get; private set; }

    /// <summary>Spends one proposal, or says the budget is spent (and stays spent for the rest of this file).</summary>
    public async ValueTask<bool> ProposalAsync()
    {
        ProposalsSpent = ProposalsSpent || !await TakeAsync(Budget.Proposals);
        return !ProposalsSpent;
    }

    /// <summary>Spends one comment, or says the budget is spent (and stays spent for the rest of this file).</summary>
    public async ValueTask<bool> CommentAsync()
    {
        CommentsSpent = CommentsSpent || !await TakeAsync(Budget.Comments);
        return !CommentsSpent;
    }

    /// <summary>Whole seconds until what was cut can be stored.</summary>
    public int RetrySeconds => ParticipantLimits.Seconds(retryAfter);

    /// <summary>The status of a change or comment cut for the budget.</summary>
    public const string OverBudget = "over-budget";

    /// <summary>The message on each change cut.</summary>
    public string ProposalMessage => string.Create(CultureInfo.InvariantCulture,
        $"Not proposed: your account's proposal budget ({limits.Burst(Budget.Proposals)} at once) is spent. Upload the same file again in {RetrySeconds} s: what was stored is recognised and the rest is proposed.");

    /// <summary>The warning naming what was cut, or null when nothing was.</summary>
    public ImportWarningDto? Warning(IReadOnlyList<WordReviewProposalDto> proposals, IReadOnlyList<WordCommentOutcome> comments)
    {
        var cut = proposals.Where(p => p.Status == OverBudget).ToList();
        var cutComments = comments.Count(c => c.Status == OverBudget);
        if (cut.Count == 0 && cutComments == 0)
        {
            return null;
        }

        var parts = new List<string>();
        if (cut.Count > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture,
                $"{cut.Count} of {proposals.Count} changes were not proposed (Word paragraphs {string.Join(", ", cut.Select(p => p.Paragraph))}): the proposal budget allows {limits.Burst(Budget.Proposals)} at once"));
        }

        if (cutComments > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture,
                $"{cutComments} of {comments.Count} comments were not added: the comment budget allows {limits.Burst(Budget.Comments)} at once"));
        }

        return new ImportWarningDto(0, OverBudget, $"{string.Join("; ", parts)}. Upload the same file again in {RetrySeconds} s to store the rest.");
    }

    private async ValueTask<bool> TakeAsync(Budget budget)
    {
        var (taken, wait) = await limits.TryTakeAsync(userId, budget);
        retryAfter = taken ? retryAfter : TimeSpan.FromTicks(Math.Max(retryAfter.Ticks, wait.Ticks));
        return taken;
    }
}
