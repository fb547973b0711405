package concord.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import concord.model.helpers.ElementNames;
import concord.model.partnership.AttributeEmphasis;
import concord.model.partnership.Driver;
import concord.model.partnership.Partnership;
import concord.model.partnership.PhaseRecord;
import concord.model.partnership.ProcessPhase;
import concord.model.partnership.RoleAssignment;
import concord.model.partnership.Trigger;

/** The New Zealand study's process phases as a lane: what is recorded for each, the current phase marked. */
final class LifeCycleLane {

	private LifeCycleLane() {
	}

	static void write(Html html, ReportCase report) {
		Partnership p = report.partnership();
		html.start("table", "class", "matrix lane");
		html.element("caption", "Life-cycle lane: the process phases of Ryan, Gill, Eppel & Lips, left to right.");
		html.start("thead").start("tr").element("th", "Recorded", "scope", "col");
		for (ProcessPhase phase : ProcessPhase.values()) {
			boolean current = p.isSetCurrentPhase() && p.getCurrentPhase() == phase;
			html.start("th", "scope", "col", "class", current ? "current" : null).text(ReportCase.label(phase));
			if (current) {
				html.element("span", "current phase", "class", "mark current");
			}
			html.end();
		}
		html.end().end().start("tbody");
		row(html, "Host support", phase -> record(p, phase).map(r -> ReportCase.labels(r.getSupport())).orElse(""));
		row(html, "Learning", phase -> record(p, phase).map(r -> ReportCase.labels(r.getLearning())).orElse(""));
		row(html, "Sustained by", phase -> record(p, phase).filter(PhaseRecord::isSetSustainedBy)
				.map(r -> ReportCase.label(r.getSustainedBy())).orElse(""));
		row(html, "Permission to experiment", phase -> record(p, phase).filter(PhaseRecord::isPermissionToExperiment)
				.map(r -> "yes").orElse(""));
		row(html, "Roles", phase -> {
			List<String> roles = new ArrayList<>();
			for (RoleAssignment role : p.getRoles()) {
				if (role.getPhases().contains(phase)) {
					roles.add(ReportCase.label(role.getRole()) + ": " + ReportCase.names(role.getActors()));
				}
			}
			return String.join("; ", roles);
		});
		row(html, "Leadership emphasis", phase -> {
			List<String> emphasis = new ArrayList<>();
			if (p.getLeadership() != null) {
				for (AttributeEmphasis e : p.getLeadership().getEmphasis()) {
					if (e.isSetPhase() && e.getPhase() == phase) {
						emphasis.add(ReportCase.label(e.getAttribute()));
					}
				}
			}
			return String.join(", ", emphasis);
		});
		row(html, "Drivers since", phase -> String.join(", ", p.getDrivers().stream()
				.filter(d -> d.isSetSince() && d.getSince() == phase).map(Driver::getKind).map(ReportCase::label).toList()));
		html.end().end();
		html.element("h3", "Triggers");
		if (p.getTriggers().isEmpty()) {
			html.element("p", "No trigger ('a-ha' moment) is recorded.", "class", "missing");
		} else {
			html.start("ul");
			for (Trigger trigger : p.getTriggers()) {
				html.start("li").element("strong", ReportCase.label(trigger.getKind()));
				if (trigger.getExperiencedBy() != null) {
					html.text(", experienced by " + ElementNames.name(trigger.getExperiencedBy()));
				}
				if (trigger.getQuote() != null) {
					html.text(": “" + trigger.getQuote() + "”");
				}
				html.end();
			}
			html.end();
		}
	}

	private static java.util.Optional<PhaseRecord> record(Partnership p, ProcessPhase phase) {
		return p.getPhases().stream().filter(r -> r.isSetPhase() && r.getPhase() == phase).findFirst();
	}

	private static void row(Html html, String title, Function<ProcessPhase, String> cell) {
		html.start("tr").element("th", title, "scope", "row");
		for (ProcessPhase phase : ProcessPhase.values()) {
			String text = cell.apply(phase);
			if (text.isEmpty()) {
				html.start("td").element("span", "none", "class", "none").end();
			} else {
				html.element("td", text);
			}
		}
		html.end();
	}
}
