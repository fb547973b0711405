package concord.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import concord.dsl.validation.RepeatedStatementCheck;
import concord.model.partnership.PartnershipModel;

/** A single-valued statement written twice is an error on the second, naming the line of the first. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PartnershipInjectorProvider.class)
class RepeatedStatementTest {

	@Inject
	ParseHelper<PartnershipModel> parser;
	@Inject
	ValidationTestHelper validation;

	private List<Issue> repeated(String spec) throws Exception {
		PartnershipModel model = parser.parse(spec);
		return validation.validate(model).stream()
				.filter(issue -> RepeatedStatementCheck.REPEATED_STATEMENT.equals(issue.getCode())).toList();
	}

	@Test
	void aSecondPurposeIsAnErrorOnTheSecondLineNamingTheFirst() throws Exception {
		String spec = """
				model "m"
				partnership "p" {
					purpose "Safer streets"
					origin shared-outcome
					purpose "Fewer victims"
				}
				""";
		List<Issue> issues = repeated(spec);
		assertEquals(1, issues.size(), issues::toString);
		Issue issue = issues.get(0);
		assertEquals(org.eclipse.xtext.diagnostics.Severity.ERROR, issue.getSeverity());
		assertEquals(5, issue.getLineNumber());
		assertEquals("'purpose' is already given on line 3; write it once (a second one would replace the first).",
				issue.getMessage());
		// the whole second statement is marked, from its keyword to its text
		assertEquals(spec.indexOf("purpose \"Fewer victims\""), issue.getOffset());
		assertEquals("purpose \"Fewer victims\"".length(), issue.getLength());
	}

	@Test
	void aSecondSectorOfAnOrganisationIsAnError() throws Exception {
		List<Issue> issues = repeated("""
				model "m"
				organisation "Victim Support" {
					sector voluntary-third-sector
					sector statutory-public
				}
				""");
		assertEquals(1, issues.size(), issues::toString);
		assertEquals(4, issues.get(0).getLineNumber());
		assertTrue(issues.get(0).getMessage().startsWith("'sector' is already given on line 3"), issues.get(0).getMessage());
	}

	@Test
	void aSecondGovernanceBlockIsAnErrorNamedByItsKeyword() throws Exception {
		List<Issue> issues = repeated("""
				model "m"
				partnership "p" {
					governance { co-located }
					governance {
						shared-framework
					}
				}
				""");
		assertEquals(1, issues.size(), issues::toString);
		assertEquals(4, issues.get(0).getLineNumber());
		assertTrue(issues.get(0).getMessage().startsWith("'governance' is already given on line 3"),
				issues.get(0).getMessage());
	}

	@Test
	void theTwoIntegrationProfilesAndRepeatedFlagsAreToldApart() throws Exception {
		List<Issue> issues = repeated("""
				model "m"
				partnership "p" {
					integration current { keast cooperation }
					integration target { keast coordination }
					mandatory
					mandatory
				}
				""");
		assertEquals(1, issues.size(), issues::toString);
		assertEquals(6, issues.get(0).getLineNumber());
		assertTrue(issues.get(0).getMessage().startsWith("'mandatory' is already given on line 5"), issues.get(0).getMessage());
	}

	@Test
	void aSecondCurrentIntegrationProfileIsNamedByBothKeywords() throws Exception {
		String spec = """
				model "m"
				partnership "p" {
					integration current { keast cooperation }
					integration current { keast coordination }
				}
				""";
		List<Issue> issues = repeated(spec);
		assertEquals(1, issues.size(), issues::toString);
		assertTrue(issues.get(0).getMessage().startsWith("'integration current' is already given on line 3"),
				issues.get(0).getMessage());
		assertEquals(spec.indexOf("integration current { keast coordination }"), issues.get(0).getOffset());
	}

	@Test
	void listStatementsMayRepeatAndAddUp() throws Exception {
		assertEquals(List.of(), repeated("""
				model "m"
				partnership "p" {
					practices share-information
					practices share-referrals
					governance { communication "Weekly meeting" communication "Shared inbox" }
					integration current { keast cooperation }
					integration target { keast coordination }
				}
				"""));
	}
}
