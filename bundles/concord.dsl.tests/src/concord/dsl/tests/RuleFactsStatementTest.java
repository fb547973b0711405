package concord.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import concord.model.partnership.CollaborativeValue;
import concord.model.partnership.LeadershipStyle;
import concord.model.partnership.MeetingFocus;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipModel;

/**
 * The statements for the facts the rules need (issue 18): who owns an outcome, the region served, what
 * the first meetings covered, how a tension is handled, heroic leadership, 'heart' and 'smarts'.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PartnershipInjectorProvider.class)
class RuleFactsStatementTest {

	/** Two organisations and the opening of a top-down partnership between them; each test adds the rest. */
	private static final String TOP_DOWN_JOBS = """
			model "m"
			organisation "Ministry"
			organisation "Council"
			partnership "Jobs" {
				origin top-down-requirement
			""";

	@Inject
	ParseHelper<PartnershipModel> parser;
	@Inject
	ValidationTestHelper validation;

	@Test
	void theFactsAreWrittenAndRead() throws Exception {
		PartnershipModel model = parser.parse(TOP_DOWN_JOBS + """
					serves-region "Hawke's Bay"
					first-meetings task-only
					values heart, smarts
					member "Ministry"
					member "Council"
					leadership { styles heroic }
					outcome "More local jobs" { owned-by "Council" }
					tension conflict-avoidance { mitigation "A facilitator names the hard questions" }
				}
				""");
		validation.assertNoErrors(model);
		Partnership jobs = model.getPartnerships().get(0);
		assertEquals("Hawke's Bay", jobs.getServesRegion());
		assertEquals(MeetingFocus.TASK_ONLY, jobs.getFirstMeetingsFocus());
		assertEquals(List.of(CollaborativeValue.HEART, CollaborativeValue.SMARTS), jobs.getSharedValues());
		assertEquals(List.of(LeadershipStyle.HEROIC), jobs.getLeadership().getStyles());
		assertEquals(List.of(jobs.getMemberships().get(1)), jobs.getOutcomes().get(0).getOwnedBy());
		assertEquals("A facilitator names the hard questions", jobs.getTensions().get(0).getMitigation());
	}

	@Test
	void aTopDownPartnershipWhoseOnlyOutcomeOneMemberOwnsRaisesNz09() throws Exception {
		PartnershipModel model = parser.parse(TOP_DOWN_JOBS + """
					member "Ministry" { driver resource-exchange weight 1 }
					member "Council" { driver problem-focused weight 1 }
					outcome "More local jobs" { owned-by "Council" }
				}
				""");
		assertEquals(1, validation.validate(model).stream().filter(issue -> "NZ-09".equals(issue.getCode())).count());
	}
}
