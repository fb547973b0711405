package concord.model.catalogue;

import concord.model.partnership.ChallengeKind;

/** A challenge typical of a network form, and how sure the pairing is. */
public record ChallengeLink(ChallengeKind challenge, Confidence confidence) {
}
