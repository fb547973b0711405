package concord.workbench.assessment;

import concord.model.partnership.ManagementPerspective;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipFactory;
import concord.model.partnership.PerspectiveProfile;
import concord.report.views.KickertRow;

/**
 * What clicking a cell of the Kickert matrix changes in the spec. Kept apart from {@link KickertRow}, which
 * the board's report reads too and so cannot write through the workbench.
 */
public final class KickertChoice {

	private KickertChoice() {
	}

	/** Records {@code perspective} as the partnership's choice on the row's dimension (a perspective block is made if needed). */
	public static void choose(KickertRow row, Partnership partnership, ManagementPerspective perspective, RepresentationWriter writer) {
		if (perspective == row.chosen()) {
			return;
		}
		if (partnership.getPerspective() != null) {
			writer.change(partnership.getPerspective(), profile -> profile.eSet(row.dimension(), perspective));
		} else {
			writer.change(partnership, element -> {
				PerspectiveProfile profile = PartnershipFactory.eINSTANCE.createPerspectiveProfile();
				profile.eSet(row.dimension(), perspective);
				((Partnership) element).setPerspective(profile);
			});
		}
	}
}
