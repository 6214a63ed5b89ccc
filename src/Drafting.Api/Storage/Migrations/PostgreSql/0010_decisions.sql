-- When the organ decided on a draft: the meeting as the records name it, the date and the vote (all null for a text
-- adopted without a vote, or whose meeting was not recorded).
ALTER TABLE resolutions ADD COLUMN decided_meeting TEXT NULL;
ALTER TABLE resolutions ADD COLUMN decided_on TEXT NULL;
ALTER TABLE resolutions ADD COLUMN votes_in_favour INTEGER NULL;
ALTER TABLE resolutions ADD COLUMN votes_against INTEGER NULL;
ALTER TABLE resolutions ADD COLUMN votes_abstaining INTEGER NULL;
