package concord.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.emf.common.util.Enumerator;

import concord.model.catalogue.FrameworkCatalogue;
import concord.model.catalogue.IntegrationScale;
import concord.model.partnership.Activity;
import concord.model.partnership.IntegrationProfile;
import concord.model.partnership.Partnership;

/**
 * The three integration scales side by side on one ladder (the catalogue's cross-walk), so that a reader
 * sees "collaboration" on a different rung of each; current, target and each activity's level marked.
 */
final class IntegrationLadder {

	private IntegrationLadder() {
	}

	static void write(Html html, ReportCase report) {
		FrameworkCatalogue catalogue = FrameworkCatalogue.standard();
		Partnership p = report.partnership();
		Map<String, IntegrationProfile> profiles = new LinkedHashMap<>();
		put(profiles, "current", p.getCurrentIntegration());
		put(profiles, "target", p.getTargetIntegration());
		for (Activity activity : p.getActivities()) {
			put(profiles, activity.getName() == null ? "an activity" : activity.getName(), activity.getIntegration());
		}
		TreeSet<Integer> rungs = new TreeSet<>();
		for (IntegrationScale scale : IntegrationScale.values()) {
			scale.literals().forEach(level -> rungs.add(catalogue.crosswalkPosition(level)));
		}
		html.element("p", "Each row is one rung of the cross-walk between the scales, the most integrated at the top. "
				+ "Marks: current, target, and each activity whose level is recorded.");
		html.start("table", "class", "matrix ladder");
		html.element("caption", "Integration ladder: Frost, Keast and the New Zealand spectrum side by side.");
		html.start("thead").start("tr").element("th", "Rung", "scope", "col");
		for (IntegrationScale scale : IntegrationScale.values()) {
			html.element("th", scale.label(), "scope", "col");
		}
		html.end().end().start("tbody");
		int step = rungs.size();
		for (int rung : rungs.descendingSet()) {
			html.start("tr").element("th", String.valueOf(step--), "scope", "row");
			for (IntegrationScale scale : IntegrationScale.values()) {
				List<Enumerator> levels = scale.literals().stream().filter(l -> catalogue.crosswalkPosition(l) == rung).toList();
				boolean collaboration = levels.stream().anyMatch(l -> l.getName().equals("COLLABORATION"));
				html.start("td", "class", levels.isEmpty() ? "empty" : collaboration ? "collaboration" : null);
				for (Enumerator level : levels) {
					html.element("span", ReportCase.label(level), "class", "level");
					List<String> marks = marks(profiles, scale, level);
					if (!marks.isEmpty()) {
						html.element("span", String.join(", ", marks), "class", marks.contains("current") ? "mark current" : "mark");
					}
				}
				html.end();
			}
			html.end();
		}
		html.end().end();
		html.element("p", "Highlighted: the rung called collaboration. Frost et al put it below co-ordination; Keast and the "
				+ "New Zealand spectrum put it at the top. The same word names different degrees of integration.", "class", "note");
		for (Map.Entry<String, IntegrationProfile> profile : profiles.entrySet()) {
			String rationale = profile.getValue().getRationale();
			if (rationale != null && !rationale.isBlank()) {
				html.start("p").element("strong", "Why " + profile.getKey() + ": ").text(rationale).end();
			}
		}
		if (profiles.isEmpty()) {
			html.element("p", "No integration level is recorded, neither current nor target.", "class", "missing");
		}
	}

	private static void put(Map<String, IntegrationProfile> profiles, String name, IntegrationProfile profile) {
		if (profile != null) {
			profiles.put(name, profile);
		}
	}

	private static List<String> marks(Map<String, IntegrationProfile> profiles, IntegrationScale scale, Enumerator level) {
		List<String> marks = new ArrayList<>();
		profiles.forEach((name, profile) -> {
			Enumerator value = switch (scale) {
			case FROST -> profile.isSetFrost() ? profile.getFrost() : null;
			case KEAST -> profile.isSetKeast() ? profile.getKeast() : null;
			case NZ -> profile.isSetNz() ? profile.getNz() : null;
			};
			if (value == level) {
				marks.add(name);
			}
		});
		return marks;
	}
}
