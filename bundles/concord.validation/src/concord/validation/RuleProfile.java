package concord.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import concord.validation.catalogue.Category;
import concord.validation.catalogue.Rule;
import concord.validation.catalogue.Severity;

/**
 * Which rules run and how severe they are: a named selection over a {@link RuleCatalogue}. Profiles
 * are small line-based text files so that they can travel inside template packs and be reviewed in
 * git; the format is documented in docs/rules.md:
 *
 * <pre>
 * # a comment; blank lines are ignored
 * profile teaching               (optional name)
 * disable DF-05                  (also: enable; a target is a rule id, a family "DF-*", "all" or "inferences")
 * severity PL-04 error           (error | warning | info | default)
 * </pre>
 *
 * Lines apply in order, so a later line overrides an earlier one. Every problem (unknown rule id,
 * unknown keyword, bad severity) is reported with its source name and line; none is ignored.
 */
public final class RuleProfile {

	private static final String BUILT_IN_DEFAULT = "default.profile";

	private final String name;
	private final Map<String, Boolean> enabled;
	private final Map<String, Severity> severities;
	/** Rules whose severity this profile explicitly sets back to the rule's own ("severity X default"). */
	private final Set<String> severityResets;

	private RuleProfile(String name, Map<String, Boolean> enabled, Map<String, Severity> severities,
			Set<String> severityResets) {
		this.name = name;
		this.enabled = Map.copyOf(enabled);
		this.severities = Map.copyOf(severities);
		this.severityResets = Set.copyOf(severityResets);
	}

	/** The built-in default profile: every rule of the standard catalogue at its own severity. */
	public static RuleProfile defaults() {
		return Defaults.INSTANCE;
	}

	/** Reads a profile that selects from the standard catalogue. */
	public static RuleProfile parse(Reader reader, String sourceName) throws IOException, ProfileException {
		return parse(reader, sourceName, RuleCatalogue.standard());
	}

	/** Reads a profile held in a string, e.g. one unpacked from a template pack. */
	public static RuleProfile parse(String text, String sourceName) throws ProfileException {
		try {
			return parse(new StringReader(text), sourceName);
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a StringReader does not fail
		}
	}

	/**
	 * Reads a profile line by line.
	 *
	 * @param sourceName the name used in problem messages and as the default profile name, e.g. the
	 *                   file name or "pack.zip!/profiles/teaching.profile"
	 * @throws ProfileException listing every problem found, each as {@code sourceName:line: problem}
	 */
	public static RuleProfile parse(Reader reader, String sourceName, RuleCatalogue catalogue)
			throws IOException, ProfileException {
		Parser parser = new Parser(sourceName, catalogue);
		BufferedReader lines = new BufferedReader(reader);
		String line;
		int number = 0;
		while ((line = lines.readLine()) != null) {
			parser.line(++number, line);
		}
		if (!parser.problems.isEmpty()) {
			throw new ProfileException(parser.problems);
		}
		return new RuleProfile(parser.name, parser.enabled, parser.severities, parser.severityResets);
	}

	public String name() {
		return name;
	}

	/** Whether the rule runs under this profile; rules the profile does not mention run. */
	public boolean isEnabled(Rule rule) {
		return enabled.getOrDefault(rule.id(), Boolean.TRUE);
	}

	/** The severity the profile imposes on the rule, if it overrides the rule's own. */
	public Optional<Severity> severityOverride(Rule rule) {
		return Optional.ofNullable(severities.get(rule.id()));
	}

	/**
	 * This profile with {@code later} laid on top, the way a project profile refines a workspace one:
	 * everything {@code later} says wins, everything it does not say is kept.
	 */
	public RuleProfile then(RuleProfile later) {
		Map<String, Boolean> mergedEnabled = new HashMap<>(enabled);
		mergedEnabled.putAll(later.enabled);
		Map<String, Severity> mergedSeverities = new HashMap<>(severities);
		mergedSeverities.keySet().removeAll(later.severityResets);
		mergedSeverities.putAll(later.severities);
		Set<String> mergedResets = new HashSet<>(severityResets);
		mergedResets.removeAll(later.severities.keySet());
		mergedResets.addAll(later.severityResets);
		return new RuleProfile(later.name, mergedEnabled, mergedSeverities, mergedResets);
	}

	@Override
	public String toString() {
		return "profile " + name;
	}

	/** One pass over the lines; collects problems instead of stopping at the first. */
	private static final class Parser {
		private final String source;
		private final RuleCatalogue catalogue;
		private final List<String> problems = new ArrayList<>();
		private final Map<String, Boolean> enabled = new HashMap<>();
		private final Map<String, Severity> severities = new HashMap<>();
		private final Set<String> severityResets = new HashSet<>();
		private String name;

		Parser(String source, RuleCatalogue catalogue) {
			this.source = source;
			this.catalogue = catalogue;
			this.name = source.replaceFirst("^.*[/\\\\!]", "").replaceFirst("\\.profile$", "");
		}

		void line(int number, String raw) {
			int hash = raw.indexOf('#');
			String[] words = (hash >= 0 ? raw.substring(0, hash) : raw).trim().split("\\s+");
			if (words.length == 1 && words[0].isEmpty()) {
				return;
			}
			switch (words[0]) {
			case "profile" -> {
				if (expect(number, words, 2, "profile NAME")) {
					name = words[1];
				}
			}
			case "enable", "disable" -> {
				if (expect(number, words, 2, words[0] + " RULE-ID | FAMILY-* | all | inferences")) {
					boolean on = words[0].equals("enable");
					forTargets(number, words[1], rule -> enabled.put(rule.id(), on));
				}
			}
			case "severity" -> {
				if (expect(number, words, 3, "severity RULE-ID error|warning|info|default")) {
					severity(number, words[1], words[2]);
				}
			}
			default -> problem(number, "unknown keyword '" + words[0]
					+ "' (expected profile, enable, disable or severity)");
			}
		}

		private void severity(int number, String target, String word) {
			if (word.equals("default")) {
				forTargets(number, target, rule -> {
					severities.remove(rule.id());
					severityResets.add(rule.id());
				});
				return;
			}
			Optional<Severity> severity = Severity.fromWord(word);
			if (severity.isEmpty()) {
				problem(number, "unknown severity '" + word + "' (expected error, warning, info or default)");
				return;
			}
			forTargets(number, target, rule -> {
				severities.put(rule.id(), severity.get());
				severityResets.remove(rule.id());
			});
		}

		private void forTargets(int number, String target, Consumer<Rule> action) {
			if (target.equals("all")) {
				catalogue.rules().forEach(action);
			} else if (target.equals("inferences")) {
				catalogue.rules().stream().filter(Rule::inference).forEach(action);
			} else if (target.endsWith("-*")) {
				Category family = Category.ofPrefix(target.substring(0, target.length() - 2));
				if (family == null) {
					problem(number, "unknown rule family '" + target + "'");
				} else {
					catalogue.rules(family).forEach(action);
				}
			} else {
				catalogue.find(target).ifPresentOrElse(action, () -> problem(number, "unknown rule id '" + target + "'"));
			}
		}

		private boolean expect(int number, String[] words, int count, String usage) {
			if (words.length != count) {
				problem(number, "expected '" + usage + "'");
				return false;
			}
			return true;
		}

		private void problem(int number, String text) {
			problems.add(source + ":" + number + ": " + text);
		}
	}

	/** Parsed on first use from the bundle's own default.profile, which documents the format by example. */
	private static final class Defaults {
		static final RuleProfile INSTANCE = load();

		private static RuleProfile load() {
			try (InputStream in = RuleProfile.class.getResourceAsStream(BUILT_IN_DEFAULT)) {
				if (in == null) {
					throw new IllegalStateException("Built-in profile " + BUILT_IN_DEFAULT + " is missing from the bundle");
				}
				return parse(new InputStreamReader(in, StandardCharsets.UTF_8), BUILT_IN_DEFAULT);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			} catch (ProfileException e) {
				throw new IllegalStateException("Built-in profile is invalid: " + e.getMessage(), e);
			}
		}
	}
}
