package concord.workbench.assessment;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

import concord.model.partnership.CollaborationRole;
import concord.model.partnership.LeaderRole;
import concord.model.partnership.LeadershipAttribute;
import concord.model.partnership.MemberRole;
import concord.model.partnership.Membership;
import concord.model.partnership.Organisation;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipFactory;
import concord.model.partnership.PartnershipPackage;
import concord.model.partnership.Resource;
import concord.model.partnership.RoleAssignment;
import concord.report.views.PartnerRow;

/** What editing a cell of the partner x role matrix changes in the spec. */
public final class PartnerEdits {

	private final RepresentationWriter writer;

	public PartnerEdits(RepresentationWriter writer) {
		this.writer = writer;
	}

	/** Gives the member another membership role; null takes the role out of the spec. */
	public void memberRole(PartnerRow row, MemberRole role) {
		if (row.memberRole().orElse(null) == role) {
			return;
		}
		writer.change(row.membership(), element -> {
			Membership membership = (Membership) element;
			if (role == null) {
				membership.unsetRole();
			} else {
				membership.setRole(role);
			}
		});
	}

	/** Renames the member organisation; references to it follow. */
	public void renameOrganisation(PartnerRow row, String name) {
		if (!row.organisationDeclaredHere() || name.equals(row.organisation())) {
			return;
		}
		writer.change(row.membership().getOrganisation(), organisation -> organisation.eSet(PartnershipPackage.Literals.ACTOR__NAME, name));
	}

	/**
	 * Makes the organisation play {@code role} or stop playing it. It joins the players of the role where
	 * the spec already has the role, else gets a role statement of its own; a role nobody plays any more
	 * goes.
	 */
	public void collaborationRole(PartnerRow row, CollaborationRole role, boolean plays) {
		if (row.ownRoles().contains(role) == plays) {
			return;
		}
		Partnership partnership = (Partnership) row.membership().eContainer();
		int member = partnership.getMemberships().indexOf(row.membership());
		Optional<RoleAssignment> existing = partnership.getRoles().stream()
				.filter(assignment -> assignment.isSetRole() && assignment.getRole() == role).findFirst();
		if (plays && existing.isPresent()) {
			writer.change(existing.get(), element -> ((RoleAssignment) element).getActors().add(organisationIn(element.eContainer(), member)));
		} else if (plays) {
			writer.add(partnership, PartnershipPackage.Literals.PARTNERSHIP__ROLES, container -> {
				RoleAssignment assignment = PartnershipFactory.eINSTANCE.createRoleAssignment();
				assignment.setRole(role);
				assignment.getActors().add(organisationIn(container, member));
				return assignment;
			});
		} else {
			for (RoleAssignment assignment : partnership.getRoles()) {
				if (assignment.isSetRole() && assignment.getRole() == role && assignment.getActors().contains(row.membership().getOrganisation())) {
					if (assignment.getActors().size() == 1) {
						writer.remove(assignment);
					} else {
						writer.change(assignment, element -> ((RoleAssignment) element).getActors()
								.remove(organisationIn(element.eContainer(), member)));
					}
				}
			}
		}
	}

	/** Whether the organisation's own leader role shows {@code attribute}; only where it holds one. */
	public void leadershipAttribute(PartnerRow row, LeadershipAttribute attribute, boolean shows) {
		Optional<LeaderRole> leader = row.ownLeader();
		if (leader.isEmpty() || leader.get().getAttributes().contains(attribute) == shows) {
			return;
		}
		writer.change(leader.get(), element -> {
			LeaderRole fresh = (LeaderRole) element;
			if (shows) {
				fresh.getAttributes().add(attribute);
			} else {
				fresh.getAttributes().remove(attribute);
			}
		});
	}

	/** Marks a resource the member brings as committed (on the table) or not. */
	public void committed(Resource resource, boolean committed) {
		if (resource.isCommitted() != committed) {
			writer.change(resource, element -> ((Resource) element).setCommitted(committed));
		}
	}

	private static Organisation organisationIn(EObject partnership, int member) {
		return ((Partnership) partnership).getMemberships().get(member).getOrganisation();
	}
}
