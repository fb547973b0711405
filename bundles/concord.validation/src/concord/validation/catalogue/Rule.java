package concord.validation.catalogue;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rule of the catalogue: the literature's warning as data (id, category, severity, message,
 * source) plus the small check that finds where it applies. Ids are those of the domain digest and
 * are never reused.
 * <p>
 * The message is a template: {@code {name}} placeholders are filled with the model's own names when a
 * check reports a finding.
 */
public final class Rule {

	private static final Pattern ID = Pattern.compile("([A-Z]{2})-(\\d{2})");
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)\\}");

	private final String id;
	private final Category category;
	private final Severity severity;
	private final String severityNote;
	private final String message;
	private final String source;
	private final boolean inference;
	private final FindingKind kind;
	private final RuleCheck check;

	private Rule(Builder builder) {
		this.id = builder.id;
		this.category = builder.category;
		this.severity = Objects.requireNonNull(builder.severity, () -> id + ": no severity");
		this.severityNote = builder.severityNote;
		this.message = Objects.requireNonNull(builder.message, () -> id + ": no message");
		this.source = Objects.requireNonNull(builder.source, () -> id + ": no source");
		this.inference = builder.inference;
		this.kind = builder.kind;
		this.check = Objects.requireNonNull(builder.check, () -> id + ": no check");
	}

	/**
	 * Starts a rule. The category follows from the id's prefix.
	 *
	 * @throws IllegalArgumentException if the id is not of the form "DF-01" with a known prefix
	 */
	public static Builder define(String id) {
		return new Builder(id);
	}

	/** Stable id, e.g. "DF-03". */
	public String id() {
		return id;
	}

	public Category category() {
		return category;
	}

	/** Default severity, before any profile override. */
	public Severity severity() {
		return severity;
	}

	/** When the severity changes with the case (e.g. "error if the problem is complex"), else empty. */
	public String severityNote() {
		return severityNote;
	}

	/** The message template with its {@code {placeholders}}. */
	public String message() {
		return message;
	}

	/** Where the warning comes from in the literature, as a consultant can look it up. */
	public String source() {
		return source;
	}

	/**
	 * True when the rule rests on the digest's own interpretation (positional rows of the forms table,
	 * the cross-walk between integration scales) rather than a statement of the sources. Such rules say
	 * so in their message and can be switched off together with {@code disable inferences}.
	 */
	public boolean inference() {
		return inference;
	}

	/** Whether the rule's findings name a risk in what is recorded or a gap (something not recorded). */
	public FindingKind kind() {
		return kind;
	}

	public RuleCheck check() {
		return check;
	}

	/** The message with each {@code {name}} replaced by its value; unknown placeholders are kept. */
	public String format(Map<String, String> values) {
		Matcher matcher = PLACEHOLDER.matcher(message);
		StringBuilder text = new StringBuilder();
		while (matcher.find()) {
			String value = values.get(matcher.group(1));
			matcher.appendReplacement(text, Matcher.quoteReplacement(value != null ? value : matcher.group()));
		}
		matcher.appendTail(text);
		return text.toString();
	}

	@Override
	public String toString() {
		return id;
	}

	/** Collects a rule's data; {@link #check(RuleCheck)} finishes it. */
	public static final class Builder {
		private final String id;
		private final Category category;
		private Severity severity;
		private String severityNote = "";
		private String message;
		private String source;
		private boolean inference;
		private FindingKind kind = FindingKind.RISK;
		private RuleCheck check;

		private Builder(String id) {
			Matcher matcher = ID.matcher(id);
			if (!matcher.matches() || Category.ofPrefix(matcher.group(1)) == null) {
				throw new IllegalArgumentException("Not a rule id: " + id);
			}
			this.id = id;
			this.category = Category.ofPrefix(matcher.group(1));
		}

		public Builder severity(Severity value) {
			this.severity = value;
			return this;
		}

		/** Documents a case-dependent severity, e.g. "error if currentPhase = SUSTAINING". */
		public Builder severity(Severity value, String note) {
			this.severity = value;
			this.severityNote = note;
			return this;
		}

		public Builder message(String template) {
			this.message = template;
			return this;
		}

		public Builder source(String citation) {
			this.source = SeedCitation.expand(citation);
			return this;
		}

		/** Marks the rule as resting on an interpretation, see {@link Rule#inference()}. */
		public Builder inference() {
			this.inference = true;
			return this;
		}

		/**
		 * Marks the rule's findings as gaps: they say that something is not recorded, rather than naming a
		 * risk in what is (the default).
		 */
		public Builder gap() {
			this.kind = FindingKind.GAP;
			return this;
		}

		/** Sets the condition and builds the rule. */
		public Rule check(RuleCheck condition) {
			this.check = condition;
			return new Rule(this);
		}
	}
}
