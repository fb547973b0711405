package concord.validation.catalogue;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each placeholder of a rule's message stands for, in words a consultant reads ("{m1}" is "the
 * first member"), so that a rule can be explained before any model fills it in. A placeholder means
 * the same in every rule unless a rule gives it its own words (e.g. {@code {m}}).
 */
public final class PlaceholderWords {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)\\}");

	/** Words by placeholder name, shared by every rule. */
	private static final Map<String, String> COMMON = Map.ofEntries(
			Map.entry("m1", "the first member"),
			Map.entry("d1", "the first member's main driver"),
			Map.entry("m2", "the second member"),
			Map.entry("d2", "the second member's main driver"),
			Map.entry("form", "the network form"),
			Map.entry("driver", "the strongest driver"),
			Map.entry("attr", "the leadership attribute paired with the form"),
			Map.entry("challenge", "the challenge paired with the form"),
			Map.entry("level", "the declared integration level"),
			Map.entry("actor", "the person or group concerned"),
			Map.entry("missing", "what is not recorded"));
	/** Words for one rule's placeholder, keyed "RULE-ID:name"; they win over the shared words. */
	private static final Map<String, String> BY_RULE = new HashMap<>();

	static {
		BY_RULE.put("DF-04:form", "the declared network form");
		BY_RULE.put("DF-08:complexity", "what makes accountability and communication complex: the number of "
				+ "accountability routes, a missing communication mechanism or a recorded challenge");
		BY_RULE.put("DF-12:m", "the member that controls the budget");
		BY_RULE.put("KP-05:n", "the number of partners that keep their own management");
		BY_RULE.put("KP-06:list", "each Kickert dimension with its perspective");
		BY_RULE.put("IL-01:m", "the members that keep their own management");
		BY_RULE.put("IL-03:missing", "formal links and/or shared objectives");
		BY_RULE.put("IL-05:a", "one level, with its scale");
		BY_RULE.put("IL-05:b", "the level on another scale that contradicts it");
		BY_RULE.put("IL-07:level", "the level the partnership works at");
		BY_RULE.put("NZ-01:roles", "the missing roles of the trio");
		BY_RULE.put("NZ-04:actor", "the fellow-travellers");
		BY_RULE.put("NZ-06:actor", "the person the roles rest on");
		BY_RULE.put("NZ-09:lacking", "what the members do not share: a driver of their own, an outcome they all own");
		BY_RULE.put("NZ-18:region", "the region the partnership serves");
		BY_RULE.put("NZ-18:regions", "the partners' regions");
		BY_RULE.put("NZ-27:part", "the part of the organisation");
		BY_RULE.put("NZ-27:partLevel", "its level of government");
		BY_RULE.put("NZ-27:whole", "the organisation it is part of, or its sibling");
		BY_RULE.put("NZ-27:wholeLevel", "that one's level of government");
		BY_RULE.put("PV-03:dir", "the only direction recorded (vertical or horizontal)");
		BY_RULE.put("PL-02:l", "the leader");
		BY_RULE.put("PL-03:agency", "the coordinator's employer");
		BY_RULE.put("PL-04:person", "the matrix-managed person");
		BY_RULE.put("PL-04:A", "the line manager's organisation");
		BY_RULE.put("PL-05:m", "the partner");
		BY_RULE.put("PL-06:members", "the partners that compete");
		BY_RULE.put("PL-09:missing", "the foci nobody is modelled as leading");
		BY_RULE.put("PL-13:m", "the member");
		BY_RULE.put("CL-04:k", "the number of principles adopted");
		BY_RULE.put("CL-05:style", "the unsuited styles recorded");
		BY_RULE.put("CL-06:what", "what is wrong: tensions not addressed at the outset, or a group that avoids conflict");
		BY_RULE.put("CL-07:between", " between the actors concerned, when they are recorded");
		BY_RULE.put("NW-01:actor", "the actor whose removal splits the members");
		BY_RULE.put("NW-01:groups", "the number of groups the members fall into without them");
		BY_RULE.put("NW-02:member", "the member tied only to the lead agency");
		BY_RULE.put("NW-02:lead", "the lead agency");
		BY_RULE.put("NW-03:actor", "the actor every horizontal accountability line runs through");
		BY_RULE.put("WF-06:literal", "the value written");
		BY_RULE.put("WF-06:scale", "the scale it belongs to");
	}

	private PlaceholderWords() {
	}

	/** The words for one placeholder of a rule's message, or null when none are given. */
	public static String of(Rule rule, String placeholder) {
		String words = BY_RULE.get(rule.id() + ":" + placeholder);
		return words != null ? words : COMMON.get(placeholder);
	}

	/** The placeholder names of a rule's message, in order of first use. */
	public static Set<String> placeholders(Rule rule) {
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = PLACEHOLDER.matcher(rule.message());
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	/** The message with each placeholder replaced by its words in brackets: "[the first member]". */
	public static String describe(Rule rule) {
		Map<String, String> words = new HashMap<>();
		for (String placeholder : placeholders(rule)) {
			String meaning = of(rule, placeholder);
			if (meaning != null) {
				// a placeholder that carries its own leading space (CL-07's " between ...") keeps it outside
				words.put(placeholder, meaning.startsWith(" ") ? " [" + meaning.substring(1) + "]" : "[" + meaning + "]");
			}
		}
		return rule.format(words);
	}
}
