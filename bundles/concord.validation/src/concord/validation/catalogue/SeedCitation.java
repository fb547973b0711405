package concord.validation.catalogue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the domain digest's seed codes in a rule's source ("S2 'A guardian angel'") into the
 * author references a consultant can look up ("Ryan, Gill, Eppel & Lips (c. 2008), 'A guardian
 * angel'"). The same authors and years as the metamodel's citations, so hovers and findings agree.
 */
final class SeedCitation {

	private static final Map<String, String> AUTHORS = new LinkedHashMap<>();
	static {
		AUTHORS.put("S1/S3", "Parker, Hartley, Beashel & Vo (2020)");
		AUTHORS.put("S3 only", "Parker, Hartley, Beashel & Vo (2020, manuscript version)");
		AUTHORS.put("S0", "Slides on leading inter-agency working (unattributed, c. 2007)");
		AUTHORS.put("S1", "Parker, Hartley, Beashel & Vo (2020)");
		AUTHORS.put("S2", "Ryan, Gill, Eppel & Lips (c. 2008)");
		AUTHORS.put("S3", "Parker, Hartley, Beashel & Vo (2020)");
		AUTHORS.put("S4", "Docherty (2021)");
		AUTHORS.put("digest", "Concord domain digest");
	}

	private static final Pattern SEED = Pattern.compile("\\b(S1/S3|S3 only|S0|S1|S2|S3|S4|digest)\\b( (?=(?!vs\\b)[^+;,()]))?");

	private SeedCitation() {
	}

	static String expand(String source) {
		Matcher matcher = SEED.matcher(source);
		StringBuilder expanded = new StringBuilder();
		while (matcher.find()) {
			String authors = AUTHORS.get(matcher.group(1));
			// "S2 'Title'" reads as "Authors (year), 'Title'"; a bare code becomes just the reference.
			matcher.appendReplacement(expanded, Matcher.quoteReplacement(authors + (matcher.group(2) != null ? ", " : "")));
		}
		matcher.appendTail(expanded);
		return expanded.toString();
	}
}
