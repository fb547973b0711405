package concord.report.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;

import concord.model.catalogue.FrameworkCatalogue;
import concord.model.catalogue.KickertCell;
import concord.model.catalogue.LiteralDoc;
import concord.model.partnership.ManagementPerspective;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipPackage;
import concord.model.partnership.PerspectiveProfile;

/**
 * One dimension of Kickert, Klijn and Koppenjan's (1997) table: the classical and the network cell in the
 * table's own words (from the framework catalogue) and the perspective the partnership takes on it.
 *
 * @param chosen the partnership's choice, or null when the spec does not record one
 */
public record KickertRow(EAttribute dimension, String label, KickertCell classical, KickertCell network, ManagementPerspective chosen) {

	/** The five dimensions in the table's order. */
	public static List<KickertRow> of(Partnership partnership) {
		List<KickertRow> rows = new ArrayList<>();
		PerspectiveProfile profile = partnership.getPerspective();
		for (EStructuralFeature feature : PartnershipPackage.Literals.PERSPECTIVE_PROFILE.getEStructuralFeatures()) {
			EAttribute dimension = (EAttribute) feature;
			ManagementPerspective chosen = profile != null && profile.eIsSet(dimension) ? (ManagementPerspective) profile.eGet(dimension) : null;
			FrameworkCatalogue catalogue = FrameworkCatalogue.standard();
			rows.add(new KickertRow(dimension, LiteralDoc.of(dimension).label(), catalogue.kickertCell(dimension, ManagementPerspective.CLASSICAL),
					catalogue.kickertCell(dimension, ManagementPerspective.NETWORK), chosen));
		}
		return rows;
	}

	/** The cell of one perspective. */
	public KickertCell cell(ManagementPerspective perspective) {
		return perspective == ManagementPerspective.CLASSICAL ? classical : network;
	}

	/** The authority structure the governance records ("Divided authority structure"), empty when it does not. */
	public static String authorityStructure(Partnership partnership) {
		return partnership.getGovernance() != null && partnership.getGovernance().isSetAuthorityStructure()
				? PartnerRow.label(partnership.getGovernance().getAuthorityStructure())
				: "";
	}
}
