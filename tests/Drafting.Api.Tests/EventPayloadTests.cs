using System.Reflection;
using System.Text.Json;
using Drafting.Api.Features.Accounts;
using Drafting.Api.Features.Clauses;
using Drafting.Api.Features.Comments;
using Drafting.Api.Features.Negotiation;
using Drafting.Api.Features.Resolutions;
using Drafting.Api.Features.Revisions;
using Drafting.Api.Live;
using Drafting.Api.Platform;
using Drafting.Contract;
using Drafting.Contract.Events;
using Drafting.Model.Comments;
using Drafting.Model.Diff;
using Drafting.Model.Negotiation;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Tests;

/// <summary>Every logged event has one payload record in the contract, and the records write what the page reads.</summary>
public class EventPayloadTests
{
    [Fact]
    public void Every_logged_event_type_has_exactly_one_payload_record_and_every_record_a_type()
    {
        Assert.Equal(EventTypes.Logged.Order(StringComparer.Ordinal), EventPayloads.Records.Keys.Order(StringComparer.Ordinal));
        var records = typeof(EventPayload).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(EventPayload)) && !t.IsAbstract);
        Assert.Equal(records.Select(t => t.Name).Order(StringComparer.Ordinal), EventPayloads.Records.Values.Distinct().Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.Throws<ArgumentOutOfRangeException>(() => EventPayloads.RecordOf(EventTypes.Hidden));
    }

    [Fact]
    public void An_event_is_written_only_with_its_own_record()
    {
        var refused = Assert.Throws<ArgumentException>(() => EventPayloads.Serialize(EventTypes.ModeChanged, new SponsorsChangedPayload("sponsors", 0, 3)));
        Assert.Equal("A ModeChanged event carries a ModeChangedPayload, not a SponsorsChangedPayload. (Parameter 'payload')", refused.Message);
    }

    [Fact]
    public void The_hub_calls_every_logged_event_with_the_one_envelope_and_nothing_untyped()
    {
        var methods = typeof(IDraftingClient).GetMethods();
        Assert.DoesNotContain(methods.SelectMany(m => m.GetParameters()), p => p.ParameterType == typeof(object));
        Assert.All(methods.Where(m => EventTypes.Logged.Contains(m.Name)), m => Assert.Equal(typeof(LiveEvent), Assert.Single(m.GetParameters()).ParameterType));
    }

    /// <summary>
    /// The page reads the payloads the response DTOs used to be logged as: each record, filled from a DTO with every
    /// member set, writes the same JSON the DTO wrote with the contract's options (enums as camelCase names).
    /// </summary>
    [Fact]
    public void The_payload_records_write_what_the_dtos_were_logged_as()
    {
        var author = new AuthorDto("u-1", "Amina", "African Union");
        var source = new SourceDto(Guid.Parse("6f1c1a52-2d5e-4b4b-9a3e-2f0f6f1c1a52"), "p12", "A/RES/78/218", "OP 5", "from A/RES/78/218, OP 5");
        var comment = new CommentDto(Guid.NewGuid(), Guid.NewGuid(), 0, Guid.NewGuid(), author, "**Why** not?", "<p><strong>Why</strong> not?</p>\n",
            CommentVisibility.Penholder, true, "2026-01-02T03:04:05.0000000Z", new AnchorDto("op-1", new QuoteDto("peace", "keep the ", " now"), 9, 14, AnchorStatus.Orphaned), "African Union");
        var proposal = new ProposalDto(Guid.NewGuid(), Guid.NewGuid(), 0, ProposalKind.Insert, ProposalStatus.Superseded, "Ghana", ["Chile"], "Ghana, supported by Chile", author,
            "op-1", "op-2", ClauseKind.Operative, "op-3", "Requests the Secretary-General,", 4, [new SegmentDto(SegmentKind.Inserted, "Requests")],
            "Because.", "<p>Because.</p>\n", "France", "2026-01-02T03:04:05Z", "Overtaken.", "Requests,", "2026-01-01T00:00:00Z", source);
        var silence = new SilenceDto("broken", 2, "2026-01-03T12:00:00Z", "2026-01-02T12:00:00Z", [new SilenceBreakDto("Chile", "We object.", "2026-01-02T13:00:00Z", "Carlos")], 0);
        var stage = new StageDto(Stage.NotAdopted, [Stage.Draft, Stage.InBlue], 0, 9, new DecisionDto("8267th meeting", new DateOnly(2026, 1, 2), new VoteDto(3, 4, 5)), "S/RES/1 (2026)", new DateOnly(2026, 1, 2));
        var revision = new RevisionDto(2, "Rev.2", Stage.InBlue, 7, 41, "A/C.3/81/L.5", "2026-01-02T03:04:05Z", author, 12);
        var names = new NamesDto("Title", "A/81/L.1", "81st session", ["item 12"], 5, 0, new NamesDto(null, null, null, [], 4, 0));

        AssertSameJson(comment, EventTypes.CommentAdded, comment.ToPayload());
        AssertSameJson(proposal, EventTypes.ProposalChanged, proposal.ToPayload());
        AssertSameJson(silence, EventTypes.SilenceChanged, silence.ToPayload());
        AssertSameJson(stage, EventTypes.StageChanged, stage.ToPayload());
        AssertSameJson(revision, EventTypes.RevisionPublished, revision.ToPayload());
        AssertSameJson(names, EventTypes.ResolutionNamed, names.ToPayload());
    }

    /// <summary>The payloads the server builds by hand keep the names of the DTOs they were logged as.</summary>
    [Fact]
    public void The_hand_built_payloads_keep_the_names_they_were_logged_with()
    {
        var proposalId = Guid.NewGuid();
        AssertSameJson(new EditClauseResult("merged", "op-1", 3, "Decides to act;", "Decides", 0), EventTypes.ClauseChanged,
            new ClauseChangedPayload("merged", "op-1", 3, "Decides to act;", "Decides", 0));
        AssertSameJson(new AcceptedChangeDto("accepted", "replaced", "op-1", 3, "Decides to act;", "Decides", 0, proposalId, "Ghana", "France"), EventTypes.ClauseChanged,
            new ClauseChangedPayload("accepted", "op-1", 3, "Decides to act;", "Decides", 0, Change: "replaced", ProposalId: proposalId, ProposedBy: "Ghana", AcceptedBy: "France"));
        AssertSameJson(new AcceptedChangeDto("accepted", "inserted", "op-4", 8, "Requests,", "Requests", 0, proposalId, "Ghana", "France"), EventTypes.StructureChanged,
            new StructureChangedPayload("inserted", "op-4", 0, 8, Status: "accepted", Text: "Requests,", Opening: "Requests", ProposalId: proposalId, ProposedBy: "Ghana", AcceptedBy: "France"));
        var source = new SourceDto(Guid.NewGuid(), "p12", "A/RES/78/218", "OP 5", "from A/RES/78/218, OP 5");
        AssertSameJson(new StructureChangeDto("inserted", "op-4", 0, 8, source), EventTypes.StructureChanged, new StructureChangedPayload("inserted", "op-4", 0, 8, source.ToPayload()));
        AssertSameJson(new StructureChangeDto("sponsors", null, 0, 8), EventTypes.SponsorsChanged, new SponsorsChangedPayload("sponsors", 0, 8));
        AssertSameJson(new StructureChangeDto("created", null, 1, 1), EventTypes.ResolutionCreated, new ResolutionCreatedPayload("created", 1, 1));
        AssertSameJson(new ModeDto(EditingMode.Proposals, 0), EventTypes.ModeChanged, new ModeChangedPayload(EventPayloads.Name(EditingMode.Proposals), 0));
        AssertSameJson(new ParticipantDto("u-1", "amina", "Amina", "African Union", Model.Participants.ParticipantRole.Penholder), EventTypes.ParticipantChanged,
            new ParticipantChangedPayload("u-1", "amina", "Amina", "African Union", EventPayloads.Name(Model.Participants.ParticipantRole.Penholder)));
    }

    private static void AssertSameJson<T>(T dto, string type, EventPayload payload)
    {
        var before = JsonSerializer.SerializeToElement(dto, DraftingJson.Options);
        var now = EventPayloads.ToJson(type, payload);
        Assert.True(JsonElement.DeepEquals(before, now), $"{type}:\nthe DTO wrote   {before}\nthe record wrote {now}");
        Assert.True(JsonElement.DeepEquals(now, EventPayloads.ToJson(type, EventPayloads.Read(type, now))), $"{type} does not read back as it was written: {now}");
    }
}
