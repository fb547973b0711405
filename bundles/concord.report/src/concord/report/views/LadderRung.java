package concord.report.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

import concord.model.catalogue.FrameworkCatalogue;
import concord.model.catalogue.IntegrationScale;
import concord.model.partnership.Activity;
import concord.model.partnership.IntegrationProfile;
import concord.model.partnership.Partnership;

/**
 * One rung of one integration scale as the ladder shows it: where it sits on the cross-walk common to the
 * three scales (so that "collaboration" appears at a different height on each), and whether the
 * partnership is there now, means to get there, or has an activity there.
 *
 * @param position   the rung's place on the cross-walk (10 = co-existence ... 60 = merger and integration)
 * @param activities the activities recorded at this rung
 */
public record LadderRung(IntegrationScale scale, Enumerator level, String label, int position, boolean current, boolean target,
		List<String> activities) {

	/** The rungs of {@code scale}, lowest first, marked for {@code partnership}. */
	public static List<LadderRung> of(Partnership partnership, IntegrationScale scale) {
		List<LadderRung> rungs = new ArrayList<>();
		for (Enumerator level : scale.literals()) {
			List<String> activities = new ArrayList<>();
			for (Activity activity : partnership.getActivities()) {
				if (levelOn(activity.getIntegration(), scale) == level) {
					// an activity may be recorded without a name; the ladder still shows it
					activities.add(activity.getName() == null ? "an activity" : activity.getName());
				}
			}
			rungs.add(new LadderRung(scale, level, PartnerRow.label(level), FrameworkCatalogue.standard().crosswalkPosition(level),
					levelOn(partnership.getCurrentIntegration(), scale) == level, levelOn(partnership.getTargetIntegration(), scale) == level,
					List.copyOf(activities)));
		}
		return rungs;
	}

	/** The rungs of the other scales that mean the same as this one (the cross-walk's lines). */
	public List<Enumerator> equivalents() {
		return FrameworkCatalogue.standard().equivalents(level);
	}

	/** The level a profile records on {@code scale}, or null. */
	public static Enumerator levelOn(IntegrationProfile profile, IntegrationScale scale) {
		if (profile == null) {
			return null;
		}
		return switch (scale) {
		case FROST -> profile.isSetFrost() ? profile.getFrost() : null;
		case KEAST -> profile.isSetKeast() ? profile.getKeast() : null;
		case NZ -> profile.isSetNz() ? profile.getNz() : null;
		};
	}
}
