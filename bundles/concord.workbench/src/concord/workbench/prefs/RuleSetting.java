package concord.workbench.prefs;

import java.util.ArrayList;
import java.util.List;

import concord.validation.RuleCatalogue;
import concord.validation.RuleProfile;
import concord.validation.catalogue.Rule;
import concord.validation.catalogue.Severity;

/**
 * How the consultant wants one rule of the catalogue run: on or off, at its own severity or another.
 * A list of settings is written as profile lines that say only what differs from the defaults.
 */
public final class RuleSetting {

	private final Rule rule;
	private boolean enabled;
	private Severity severity;

	RuleSetting(Rule rule, boolean enabled, Severity severity) {
		this.rule = rule;
		this.enabled = enabled;
		this.severity = severity;
	}

	/** One setting per rule of the standard catalogue, as {@code profile} has them. */
	static List<RuleSetting> of(RuleProfile profile) {
		List<RuleSetting> settings = new ArrayList<>();
		for (Rule rule : RuleCatalogue.standard().rules()) {
			settings.add(new RuleSetting(rule, profile.isEnabled(rule), profile.severityOverride(rule).orElse(null)));
		}
		return settings;
	}

	/** The profile lines for {@code settings}: a "disable" or "severity" line for each rule that differs. */
	static String profileText(List<RuleSetting> settings) {
		StringBuilder text = new StringBuilder("profile workbench\n");
		for (RuleSetting setting : settings) {
			if (!setting.enabled) {
				text.append("disable ").append(setting.rule.id()).append('\n');
			}
			if (setting.severity != null && setting.severity != setting.rule.severity()) {
				text.append("severity ").append(setting.rule.id()).append(' ').append(setting.severity.word()).append('\n');
			}
		}
		return text.toString();
	}

	public Rule rule() {
		return rule;
	}

	public boolean enabled() {
		return enabled;
	}

	void enable(boolean on) {
		this.enabled = on;
	}

	/** The severity findings of the rule get: the consultant's choice, else the rule's own. */
	public Severity severity() {
		return severity != null ? severity : rule.severity();
	}

	/** {@code null} goes back to the rule's own severity. */
	void grade(Severity chosen) {
		this.severity = chosen == rule.severity() ? null : chosen;
	}
}
