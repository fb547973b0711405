package concord.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

import concord.model.partnership.PartnershipModel;

/** The canonical layout: statement per line, indented blocks, comments kept, idempotent, model unchanged. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PartnershipInjectorProvider.class)
class FormatterTest {

	@Inject
	ParseHelper<PartnershipModel> parser;
	@Inject
	Provider<IFormatter2> formatters;
	@Inject
	Provider<FormatterRequest> requests;
	@Inject
	TextRegionAccessBuilder regionAccess;

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
		PartnershipModel model = parser.parse(text);
		XtextResource resource = (XtextResource) model.eResource();
		ITextRegionAccess regions = regionAccess.forNodeModel(resource).create();
		FormatterRequest request = requests.get();
		request.setTextRegionAccess(regions);
		List<ITextReplacement> replacements = formatters.get().format(request);
		return regions.getRewriter().renderToString(replacements);
	}
}
