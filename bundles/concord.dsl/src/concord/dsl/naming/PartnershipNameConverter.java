package concord.dsl.naming;

import org.eclipse.xtext.naming.IQualifiedNameConverter;

/**
 * Qualified names join with "::", not ".": names in partnership specs are prose ("St. Mary's
 * hospice", "Dr. Vo") and often contain dots.
 */
public class PartnershipNameConverter extends IQualifiedNameConverter.DefaultImpl {

	public static final String DELIMITER = "::";

	@Override
	public String getDelimiter() {
		return DELIMITER;
	}
}
