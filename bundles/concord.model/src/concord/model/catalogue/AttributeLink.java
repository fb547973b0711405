package concord.model.catalogue;

import concord.model.partnership.LeadershipAttribute;

/** The leadership attribute a network form puts first, and how sure the pairing is. */
public record AttributeLink(LeadershipAttribute attribute, Confidence confidence) {
}
