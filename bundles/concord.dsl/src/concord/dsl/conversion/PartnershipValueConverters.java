package concord.dsl.conversion;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.INode;

import concord.dsl.naming.PartnershipNameConverter;

/** Converters for the language's two composite values: qualified names and decimal weights. */
public class PartnershipValueConverters extends DefaultTerminalConverters {

	/**
	 * {@code "Shared agencies"::"Victim Support"} <-> {@code Shared agencies::Victim Support}. Each segment
	 * is read and written by the STRING converter, so that a name escaped in a reference ({@code "A\tB"},
	 * {@code "Children\'s Services"}) means exactly what the same text means in a declaration.
	 */
	@ValueConverter(rule = "Name")
	public IValueConverter<String> name() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected String internalToValue(String text, INode node) {
				List<String> segments = new ArrayList<>();
				int at = 0;
				while (at < text.length()) {
					char quote = text.charAt(at);
					if (quote != '"' && quote != '\'') {
						at++;
						continue;
					}
					int i = at + 1;
					while (i < text.length() && text.charAt(i) != quote) {
						i += text.charAt(i) == '\\' ? 2 : 1;
					}
					if (i >= text.length()) {
						throw new ValueConverterException("a name is missing its closing quote", node, null);
					}
					segments.add(STRING().toValue(text.substring(at, i + 1), node));
					at = i + 1;
				}
				return String.join(PartnershipNameConverter.DELIMITER, segments);
			}

			@Override
			protected String internalToString(String value) {
				List<String> quoted = new ArrayList<>();
				for (String segment : value.split(PartnershipNameConverter.DELIMITER, -1)) {
					quoted.add(STRING().toString(segment));
				}
				return String.join(PartnershipNameConverter.DELIMITER, quoted);
			}
		};
	}

	/** Weights such as 0.5; written without an exponent so that analysts read them as they wrote them. */
	@ValueConverter(rule = "Decimal")
	public IValueConverter<Double> decimal() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected Double internalToValue(String text, INode node) {
				try {
					return Double.valueOf(text);
				} catch (NumberFormatException e) {
					throw new ValueConverterException("'" + text + "' is not a number such as 0.5", node, e);
				}
			}

			@Override
			protected String internalToString(Double value) {
				if (value < 0) {
					throw new ValueConverterException("a weight cannot be negative: " + value, null, null);
				}
				String text = java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
				return text.contains(".") ? text : text + ".0";
			}
		};
	}
}
