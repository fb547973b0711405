package concord.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import concord.model.partnership.PartnershipModel;

/** The canonical layout: statement per line, indented blocks, comments kept, idempotent, model unchanged. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PartnershipInjectorProvider.class)
class FormatterTest {

	@Inject
	ParseHelper<PartnershipModel> parser;
	@Inject
	CanonicalLayout layout;

	@Test
	void laysOutAStatementPerLineAndKeepsComments() throws Exception {
		String formatted = format("""
				model   "m"   organisation "A" { sector   statutory-public   professions "x" ,"y" } // the council
				partnership "p" { driver problem-focused weight 0.5 member "A" as lead-agency { staff 3 } }
				""");
		assertEquals("""
				model "m"

				organisation "A" {
					sector statutory-public
					professions "x", "y"
				} // the council

				partnership "p" {
					driver problem-focused weight 0.5
					member "A" as lead-agency {
						staff 3
					}
				}
				""", formatted);
	}

	@Test
	void formattingIsIdempotentAndKeepsTheModel() throws Exception {
		String once = format(Specs.text(Specs.UK_HUB));
		assertTrue(once.contains("perspective {\n\t\tsetting network\n"), "one statement per line:\n" + once);
		assertEquals(once, format(once), "formatting twice changed the text");
		assertTrue(once.contains("// Illustrative pair: the source does not name the competing agencies."), once);
		PartnershipModel before = parser.parse(Specs.text(Specs.UK_HUB));
		PartnershipModel after = parser.parse(once);
		EcoreUtil.resolveAll(before);
		EcoreUtil.resolveAll(after);
		assertTrue(new EcoreUtil.EqualityHelper().equals(before, after), "formatting changed the model");
	}

	private String format(String text) throws Exception {
		return layout.format(text);
	}
}
